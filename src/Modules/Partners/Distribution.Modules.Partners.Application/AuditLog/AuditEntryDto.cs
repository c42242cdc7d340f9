using Distribution.BuildingBlocks.Application.Auditing;

namespace Distribution.Modules.Partners.Application.AuditLog;

/// <summary>One audit-log entry.</summary>
/// <param name="Sequence">Position in the log (from 1, no gaps).</param>
/// <param name="OccurredAt">When (UTC).</param>
/// <param name="ActorId">Client id, or <c>anonymous</c>.</param>
/// <param name="ActorName">Caller's name.</param>
/// <param name="ActorKind">admin, internal, customer or supplier.</param>
/// <param name="Action">Operation name, e.g. <c>CreateCustomer</c>.</param>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Request path.</param>
/// <param name="StatusCode">Response status.</param>
/// <param name="Outcome"><c>succeeded</c>, <c>rejected</c> or <c>failed</c>.</param>
/// <param name="CorrelationId">Correlation id (find everything it caused with <c>?correlationId=</c>).</param>
/// <param name="Details">Request body with secrets redacted.</param>
/// <param name="PreviousHash">Hash of the entry before.</param>
/// <param name="Hash">SHA-256 over the previous hash and this entry.</param>
public sealed record AuditEntryDto(
    long Sequence, DateTime OccurredAt, string ActorId, string? ActorName, string? ActorKind, string Action, string Method, string Path,
    int StatusCode, string Outcome, string CorrelationId, string? Details, string PreviousHash, string Hash)
{
    internal static AuditEntryDto From(AuditEntryView e) => new(
        e.Sequence, e.Record.OccurredAtUtc, e.Record.ActorId, e.Record.ActorName, e.Record.ActorKind, e.Record.Action, e.Record.Method,
        e.Record.Path, e.Record.StatusCode, e.Record.Outcome, e.Record.CorrelationId, e.Record.Details, e.PreviousHash, e.Hash);
}
