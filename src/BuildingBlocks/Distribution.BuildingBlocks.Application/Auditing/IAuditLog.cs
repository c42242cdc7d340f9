namespace Distribution.BuildingBlocks.Application.Auditing;

/// <summary>What happened, by whom, when, in which flow, and how it ended. Never holds a secret.</summary>
/// <param name="OccurredAtUtc">When the request finished (UTC).</param>
/// <param name="ActorId">Client id of the caller; <c>anonymous</c> when it was not authenticated.</param>
/// <param name="ActorName">Caller's name.</param>
/// <param name="ActorKind">Caller's kind (admin, internal, customer, supplier) if known.</param>
/// <param name="Action">The operation (endpoint name, e.g. <c>CreateCustomer</c>), or method and route when unnamed.</param>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Request path (no query string: keys never travel there, but other secrets might).</param>
/// <param name="StatusCode">Response status.</param>
/// <param name="CorrelationId">The request's correlation id.</param>
/// <param name="Details">The request body with secrets redacted (JSON only), or a note of what was not stored.</param>
public sealed record AuditRecord(
    DateTime OccurredAtUtc, string ActorId, string? ActorName, string? ActorKind, string Action, string Method, string Path,
    int StatusCode, string CorrelationId, string? Details)
{
    /// <summary><c>succeeded</c> (2xx/3xx), <c>rejected</c> (4xx) or <c>failed</c> (5xx).</summary>
    public string Outcome => StatusCode switch
    {
        < 400 => "succeeded",
        < 500 => "rejected",
        _ => "failed",
    };
}

/// <summary>An audit record as stored: its place in the chain and its hash.</summary>
/// <param name="Sequence">Position in the log, from 1, without gaps.</param>
/// <param name="Record">What was recorded.</param>
/// <param name="PreviousHash">Hash of the entry before (64 zeros for the first).</param>
/// <param name="Hash">SHA-256 over the previous hash and this entry's fields.</param>
public sealed record AuditEntryView(long Sequence, AuditRecord Record, string PreviousHash, string Hash);

/// <summary>Result of re-computing the hash chain.</summary>
/// <param name="Valid">True when every entry's hash matches and links to the one before.</param>
/// <param name="EntriesChecked">How many entries were checked.</param>
/// <param name="FirstBrokenSequence">The first entry that does not match, if any.</param>
public sealed record AuditVerification(bool Valid, long EntriesChecked, long? FirstBrokenSequence);

/// <summary>The append-only, hash-chained audit log.</summary>
public interface IAuditLog
{
    /// <summary>Appends a record at the end of the chain.</summary>
    Task AppendAsync(AuditRecord record, CancellationToken cancellationToken);

    /// <summary>Entries newest first, before <paramref name="beforeSequence"/>, optionally of one correlation id.</summary>
    Task<IReadOnlyList<AuditEntryView>> ListAsync(long? beforeSequence, string? correlationId, int limit, CancellationToken cancellationToken);

    /// <summary>Recomputes every hash from the first entry on.</summary>
    Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken);
}
