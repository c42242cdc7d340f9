using Distribution.Modules.Integration.Domain.Exceptions;

namespace Distribution.Modules.Integration.Application.Exceptions;

/// <summary>One entry of the exceptions queue.</summary>
/// <param name="Id">Entry id.</param>
/// <param name="Kind">What went wrong, e.g. <c>edi.acknowledgement-overdue</c>.</param>
/// <param name="Message">What went wrong, in words.</param>
/// <param name="PartnerId">The partner concerned.</param>
/// <param name="Reference">What it is about (a message id, GS06, a file name).</param>
/// <param name="CorrelationId">The business transaction.</param>
/// <param name="Status"><c>open</c> or <c>resolved</c>.</param>
/// <param name="Occurrences">How often it was raised while open.</param>
/// <param name="CreatedAt">First raised (UTC).</param>
/// <param name="LastOccurredAt">Last raised (UTC).</param>
/// <param name="ResolvedAt">Resolved (UTC).</param>
/// <param name="Resolution">How it was resolved.</param>
public sealed record ExceptionDto(
    Guid Id, string Kind, string Message, string? PartnerId, string? Reference, string? CorrelationId, string Status,
    int Occurrences, DateTime CreatedAt, DateTime LastOccurredAt, DateTime? ResolvedAt, string? Resolution)
{
    internal static ExceptionDto From(ExceptionCase e) => new(
        e.Id, e.Kind, e.Message, e.PartnerId, e.Reference, e.CorrelationId, e.Status == ExceptionStatus.Open ? "open" : "resolved",
        e.Occurrences, e.CreatedAtUtc, e.LastOccurredAtUtc, e.ResolvedAtUtc, e.Resolution);
}
