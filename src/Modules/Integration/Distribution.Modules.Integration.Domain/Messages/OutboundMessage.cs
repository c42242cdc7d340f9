using Distribution.BuildingBlocks.Domain;

namespace Distribution.Modules.Integration.Domain.Messages;

/// <summary>
/// One event on its way to one subscriber, with its state machine kept in our tables (not only in Hangfire):
/// Pending → Sent, or → Retrying (attempts, next attempt time, last error) → Sent or DeadLettered (with a reason);
/// a replay puts a dead letter back to Pending.
/// </summary>
public sealed class OutboundMessage : AggregateRoot<Guid>
{
    private OutboundMessage()
    {
    }

    /// <summary>The subscription it goes to.</summary>
    public Guid SubscriptionId { get; private set; }

    /// <summary>The event it carries (the receiver's idempotency key).</summary>
    public Guid EventId { get; private set; }

    /// <summary>The event's wire name.</summary>
    public string EventType { get; private set; } = string.Empty;

    /// <summary>Correlation id of the business transaction.</summary>
    public string? CorrelationId { get; private set; }

    /// <summary>The body to send; emptied by the retention purge once sent and old.</summary>
    public string? Payload { get; private set; }

    /// <summary>Where it is in its life.</summary>
    public OutboundMessageStatus Status { get; private set; }

    /// <summary>Attempts made.</summary>
    public int Attempts { get; private set; }

    /// <summary>When the next attempt is due (Pending/Retrying).</summary>
    public DateTime? NextAttemptAtUtc { get; private set; }

    /// <summary>The last failure, as the receiver or network reported it.</summary>
    public string? LastError { get; private set; }

    /// <summary>Why it was dead-lettered (<see cref="DeadLetterReasons"/>).</summary>
    public string? DeadLetterReason { get; private set; }

    /// <summary>When it was created.</summary>
    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>When the receiver took it.</summary>
    public DateTime? SentAtUtc { get; private set; }

    /// <summary>A new message, due now.</summary>
    public static OutboundMessage Create(Guid subscriptionId, Guid eventId, string eventType, string? correlationId, string payload, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        SubscriptionId = subscriptionId,
        EventId = eventId,
        EventType = eventType,
        CorrelationId = correlationId,
        Payload = payload,
        Status = OutboundMessageStatus.Pending,
        NextAttemptAtUtc = nowUtc,
        CreatedAtUtc = nowUtc,
    };

    /// <summary>True while another attempt should be made.</summary>
    public bool IsDue => Status is OutboundMessageStatus.Pending or OutboundMessageStatus.Retrying;

    /// <summary>True when another attempt should be made and its time has come at <paramref name="nowUtc"/>.</summary>
    public bool IsDueAt(DateTime nowUtc) => IsDue && (NextAttemptAtUtc is null || NextAttemptAtUtc <= nowUtc);

    /// <summary>The receiver took it.</summary>
    public void RecordSuccess(DateTime nowUtc)
    {
        Attempts++;
        Status = OutboundMessageStatus.Sent;
        SentAtUtc = nowUtc;
        NextAttemptAtUtc = null;
        LastError = null;
    }

    /// <summary>An attempt failed: schedule the next one, or dead-letter after <paramref name="maxAttempts"/>.</summary>
    /// <returns>When to try again, or null when dead-lettered.</returns>
    public DateTime? RecordFailure(string error, DateTime nowUtc, int maxAttempts, RetryBackoff backoff, double jitter)
    {
        ArgumentNullException.ThrowIfNull(backoff);
        Attempts++;
        LastError = error.Length <= 2000 ? error : error[..2000];
        if (Attempts >= maxAttempts)
        {
            DeadLetter(DeadLetterReasons.AttemptsExhausted);
            return null;
        }

        Status = OutboundMessageStatus.Retrying;
        NextAttemptAtUtc = nowUtc + backoff.DelayAfter(Attempts, jitter);
        return NextAttemptAtUtc;
    }

    /// <summary>Stops trying, with a reason.</summary>
    public void DeadLetter(string reason)
    {
        Status = OutboundMessageStatus.DeadLettered;
        DeadLetterReason = reason;
        NextAttemptAtUtc = null;
    }

    /// <summary>Puts a dead letter back in line, with a fresh attempt budget.</summary>
    public bool Replay(DateTime nowUtc)
    {
        if (Status != OutboundMessageStatus.DeadLettered)
        {
            return false;
        }

        Status = OutboundMessageStatus.Pending;
        Attempts = 0;
        DeadLetterReason = null;
        NextAttemptAtUtc = nowUtc;
        return true;
    }

    /// <summary>Drops the body of a long-sent message (retention); the log row stays for lineage.</summary>
    public void PurgePayload() => Payload = null;
}
