using Distribution.BuildingBlocks.Domain;

namespace Distribution.Modules.Integration.Domain.Exceptions;

/// <summary>Whether someone still has to look at an exception.</summary>
public enum ExceptionStatus
{
    /// <summary>Needs attention.</summary>
    Open,

    /// <summary>Dealt with (by a person, or by the hub when the cause went away).</summary>
    Resolved,
}

/// <summary>
/// One entry of the exceptions queue: something the hub could not do on its own and a person should look at — an
/// overdue acknowledgement, a rejected file from a partner, a transport that cannot connect. Raising the same
/// kind for the same partner and reference again while it is open counts an occurrence instead of a new entry.
/// </summary>
public sealed class ExceptionCase : AggregateRoot<Guid>
{
    /// <summary>Longest kind name.</summary>
    public const int KindMaxLength = 64;

    /// <summary>Longest message kept.</summary>
    public const int MessageMaxLength = 4000;

    /// <summary>Longest reference kept.</summary>
    public const int ReferenceMaxLength = 200;

    /// <summary>Longest resolution note kept.</summary>
    public const int ResolutionMaxLength = 1000;

    private ExceptionCase()
    {
    }

    /// <summary>What went wrong, e.g. <c>edi.acknowledgement-overdue</c>.</summary>
    public string Kind { get; private set; } = string.Empty;

    /// <summary>What went wrong, in words, with what a person needs to act.</summary>
    public string Message { get; private set; } = string.Empty;

    /// <summary>The partner concerned, if any.</summary>
    public string? PartnerId { get; private set; }

    /// <summary>What it is about (e.g. a message id, GS06, a file name).</summary>
    public string? Reference { get; private set; }

    /// <summary>Correlation id of the business transaction.</summary>
    public string? CorrelationId { get; private set; }

    /// <summary>Open or resolved.</summary>
    public ExceptionStatus Status { get; private set; }

    /// <summary>How often it was raised while open.</summary>
    public int Occurrences { get; private set; }

    /// <summary>When it was first raised (UTC).</summary>
    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>When it was last raised (UTC).</summary>
    public DateTime LastOccurredAtUtc { get; private set; }

    /// <summary>When it was resolved (UTC).</summary>
    public DateTime? ResolvedAtUtc { get; private set; }

    /// <summary>How it was resolved.</summary>
    public string? Resolution { get; private set; }

    /// <summary>A new open exception.</summary>
    public static ExceptionCase Raise(string kind, string message, string? partnerId, string? reference, string? correlationId, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        Kind = kind,
        Message = Clip(message, MessageMaxLength)!,
        PartnerId = partnerId,
        Reference = Clip(reference, ReferenceMaxLength),
        CorrelationId = correlationId,
        Status = ExceptionStatus.Open,
        Occurrences = 1,
        CreatedAtUtc = nowUtc,
        LastOccurredAtUtc = nowUtc,
    };

    /// <summary>The same thing happened again while open.</summary>
    public void Recur(string message, DateTime nowUtc)
    {
        Occurrences++;
        Message = Clip(message, MessageMaxLength)!;
        LastOccurredAtUtc = nowUtc;
    }

    /// <summary>Closes it with a note.</summary>
    /// <returns>False when it was already resolved.</returns>
    public bool Resolve(string resolution, DateTime nowUtc)
    {
        if (Status == ExceptionStatus.Resolved)
        {
            return false;
        }

        Status = ExceptionStatus.Resolved;
        Resolution = Clip(resolution, ResolutionMaxLength);
        ResolvedAtUtc = nowUtc;
        return true;
    }

    private static string? Clip(string? value, int maxLength) =>
        value is null || value.Length <= maxLength ? value : value[..maxLength];
}
