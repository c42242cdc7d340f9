using Distribution.BuildingBlocks.Domain;

namespace Distribution.Modules.Catalog.Domain.MasterDataIssues;

/// <summary>Where a quarantined change is in the steward's queue.</summary>
public enum MasterDataIssueStatus
{
    /// <summary>Waiting for a steward.</summary>
    Open,

    /// <summary>Re-applied (as sent or corrected) and accepted.</summary>
    Resolved,

    /// <summary>Rejected by a steward; never applied.</summary>
    Rejected,
}

/// <summary>
/// A master-data change that failed validation and was quarantined instead of applied: the rejected payload, why
/// (a stable reason code), and the correlation id of the load that sent it. A steward re-applies it (optionally
/// corrected) or rejects it.
/// </summary>
public sealed class MasterDataIssue : AggregateRoot<Guid>
{
    private MasterDataIssue()
    {
    }

    /// <summary>What the payload is (e.g. <c>item-row</c>).</summary>
    public string PayloadKind { get; private set; } = string.Empty;

    /// <summary>The rejected payload as JSON.</summary>
    public string Payload { get; private set; } = string.Empty;

    /// <summary>The SKU concerned, when known.</summary>
    public string? Sku { get; private set; }

    /// <summary>Why it was quarantined (e.g. <c>catalog.identifier-invalid</c>).</summary>
    public string ReasonCode { get; private set; } = string.Empty;

    /// <summary>The reason in words.</summary>
    public string Reason { get; private set; } = string.Empty;

    /// <summary>Where it came from (the import source, e.g. <c>pim</c>).</summary>
    public string Source { get; private set; } = string.Empty;

    /// <summary>The import it came from, if any.</summary>
    public Guid? ImportId { get; private set; }

    /// <summary>Its row in that import (1-based).</summary>
    public int? RowNumber { get; private set; }

    /// <summary>Correlation id of the request or job that sent it.</summary>
    public string? CorrelationId { get; private set; }

    /// <summary>Open, resolved or rejected.</summary>
    public MasterDataIssueStatus Status { get; private set; }

    /// <summary>Re-apply attempts that failed again.</summary>
    public int FailedAttempts { get; private set; }

    /// <summary>The steward's note on resolving or rejecting.</summary>
    public string? ResolutionNote { get; private set; }

    /// <summary>When it was quarantined.</summary>
    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>When it was resolved or rejected.</summary>
    public DateTime? ClosedAtUtc { get; private set; }

    /// <summary>Longest reason kept (a longer one, quoting a long value, is cut).</summary>
    public const int ReasonMaxLength = 1000;

    /// <summary>Longest SKU kept (a row's SKU that is longer is invalid anyway; the payload keeps it whole).</summary>
    public const int SkuMaxLength = 64;

    /// <summary>The value, cut to <paramref name="length"/> characters.</summary>
    public static string? Cut(string? value, int length) => value is null || value.Length <= length ? value : value[..length];

    /// <summary>Quarantines a payload.</summary>
    public static MasterDataIssue Quarantine(
        string payloadKind, string payload, string? sku, string reasonCode, string reason, string source,
        Guid? importId, int? rowNumber, string? correlationId, DateTime nowUtc) => new()
        {
            Id = Guid.CreateVersion7(),
            PayloadKind = payloadKind,
            Payload = payload,
            Sku = Cut(sku, SkuMaxLength),
            ReasonCode = reasonCode,
            Reason = Cut(reason, ReasonMaxLength)!,
            Source = source,
            ImportId = importId,
            RowNumber = rowNumber,
            CorrelationId = correlationId,
            Status = MasterDataIssueStatus.Open,
            CreatedAtUtc = nowUtc,
        };

    /// <summary>The payload was re-applied and accepted.</summary>
    public void Resolve(string payload, string? note, DateTime nowUtc)
    {
        CheckRule(new MasterDataIssueMustBeOpenRule(Status));
        Payload = payload;
        Status = MasterDataIssueStatus.Resolved;
        ResolutionNote = note;
        ClosedAtUtc = nowUtc;
    }

    /// <summary>A re-apply failed again: stays open with the new reason.</summary>
    public void FailAgain(string payload, string reasonCode, string reason)
    {
        CheckRule(new MasterDataIssueMustBeOpenRule(Status));
        Payload = payload;
        ReasonCode = reasonCode;
        Reason = Cut(reason, ReasonMaxLength)!;
        FailedAttempts++;
    }

    /// <summary>A steward decided the change must not be applied.</summary>
    public void Reject(string note, DateTime nowUtc)
    {
        CheckRule(new MasterDataIssueMustBeOpenRule(Status));
        Status = MasterDataIssueStatus.Rejected;
        ResolutionNote = note;
        ClosedAtUtc = nowUtc;
    }

    /// <summary>Re-applies or rejections need an open issue.</summary>
    public void EnsureOpen() => CheckRule(new MasterDataIssueMustBeOpenRule(Status));
}

/// <summary>Only an open issue can be re-applied or rejected.</summary>
public sealed class MasterDataIssueMustBeOpenRule(MasterDataIssueStatus status) : IBusinessRule
{
    /// <inheritdoc />
    public bool IsBroken() => status != MasterDataIssueStatus.Open;

    /// <inheritdoc />
    public string Message => $"This issue is already {status.ToString().ToLowerInvariant()}.";

    /// <inheritdoc />
    public string Code => "catalog.issue-closed";
}
