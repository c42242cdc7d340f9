using Distribution.BuildingBlocks.Domain;

namespace Distribution.Modules.Integration.Domain.Edi;

/// <summary>
/// A functional group we sent and expect a 997 for: the key an inbound 997 is reconciled on (partner + GS06),
/// when the answer is due, and what the answer was.
/// </summary>
public sealed class SentGroup : AggregateRoot<Guid>
{
    /// <summary>Longest detail kept.</summary>
    public const int DetailMaxLength = 2000;

    /// <summary>Most transaction sets one group we send may hold (their ST02s are kept).</summary>
    public const int MaxTransactionSets = 10_000;

    private SentGroup()
    {
    }

    /// <summary>The outbound message that carried the group.</summary>
    public Guid MessageId { get; private set; }

    /// <summary>The trading partner.</summary>
    public string PartnerId { get; private set; } = string.Empty;

    /// <summary>GS01, e.g. <c>PR</c>.</summary>
    public string FunctionalIdentifier { get; private set; } = string.Empty;

    /// <summary>GS06, as written.</summary>
    public string GroupControlNumber { get; private set; } = string.Empty;

    /// <summary>ST02 of each set, comma separated.</summary>
    public string TransactionSetControlNumbers { get; private set; } = string.Empty;

    /// <summary>Where the acknowledgement stands.</summary>
    public SentGroupStatus Status { get; private set; }

    /// <summary>What the 997 reported (rejected sets, error codes).</summary>
    public string? Detail { get; private set; }

    /// <summary>When it was sent (queued) (UTC).</summary>
    public DateTime SentAtUtc { get; private set; }

    /// <summary>When the 997 is due (UTC).</summary>
    public DateTime AcknowledgementDueAtUtc { get; private set; }

    /// <summary>When the 997 came (UTC).</summary>
    public DateTime? AcknowledgedAtUtc { get; private set; }

    /// <summary>The inbound message that carried the 997.</summary>
    public Guid? AcknowledgementMessageId { get; private set; }

    /// <summary>Correlation id of the business transaction.</summary>
    public string? CorrelationId { get; private set; }

    /// <summary>True while a 997 is expected (also when overdue: a late one is still taken).</summary>
    public bool AwaitsAcknowledgement => Status is SentGroupStatus.AwaitingAcknowledgement or SentGroupStatus.Overdue;

    /// <summary>A group just sent, due for acknowledgement within <paramref name="window"/>.</summary>
    public static SentGroup Sent(
        Guid messageId, string partnerId, string functionalIdentifier, string groupControlNumber,
        IReadOnlyCollection<string> transactionSetControlNumbers, TimeSpan window, string? correlationId, DateTime nowUtc) =>
        transactionSetControlNumbers.Count > MaxTransactionSets
            ? throw new ArgumentOutOfRangeException(nameof(transactionSetControlNumbers), transactionSetControlNumbers.Count,
                $"A group holds at most {MaxTransactionSets} transaction sets.")
            : new()
    {
        Id = Guid.CreateVersion7(),
        MessageId = messageId,
        PartnerId = partnerId,
        FunctionalIdentifier = functionalIdentifier,
        GroupControlNumber = groupControlNumber,
        TransactionSetControlNumbers = string.Join(',', transactionSetControlNumbers),
        Status = SentGroupStatus.AwaitingAcknowledgement,
        SentAtUtc = nowUtc,
        AcknowledgementDueAtUtc = nowUtc + window,
        CorrelationId = correlationId,
    };

    /// <summary>True when the window has passed at <paramref name="nowUtc"/> without a 997.</summary>
    public bool IsOverdueAt(DateTime nowUtc) => Status == SentGroupStatus.AwaitingAcknowledgement && nowUtc > AcknowledgementDueAtUtc;

    /// <summary>The window passed without a 997.</summary>
    public void MarkOverdue() => Status = Status == SentGroupStatus.AwaitingAcknowledgement ? SentGroupStatus.Overdue : Status;

    /// <summary>The partner's 997 for this group arrived.</summary>
    /// <returns>False when the group was already acknowledged (a repeated 997 changes nothing).</returns>
    public bool Acknowledge(SentGroupStatus status, string? detail, Guid acknowledgementMessageId, DateTime nowUtc)
    {
        if (status is SentGroupStatus.AwaitingAcknowledgement or SentGroupStatus.Overdue)
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "A 997 accepts, partly accepts or rejects.");
        }

        if (!AwaitsAcknowledgement)
        {
            return false;
        }

        Status = status;
        Detail = detail is { Length: > DetailMaxLength } ? detail[..DetailMaxLength] : detail;
        AcknowledgedAtUtc = nowUtc;
        AcknowledgementMessageId = acknowledgementMessageId;
        return true;
    }
}
