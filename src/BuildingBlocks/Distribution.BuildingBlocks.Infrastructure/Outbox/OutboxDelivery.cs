namespace Distribution.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// One subscriber's copy of a dispatched event. Kept in the source module's database so that a delivery job lost
/// with an in-memory job store is found and enqueued again at startup or by the sweep.
/// </summary>
public sealed class OutboxDelivery
{
    /// <summary>The event id.</summary>
    public Guid EventId { get; set; }

    /// <summary>The subscriber (handler) name, e.g. <c>integration.webhooks</c>.</summary>
    public required string Subscriber { get; set; }

    /// <summary>When the delivery job was last enqueued.</summary>
    public DateTime EnqueuedAtUtc { get; set; }

    /// <summary>Delivery attempts so far.</summary>
    public int Attempts { get; set; }

    /// <summary>The last failure, for operators.</summary>
    public string? LastError { get; set; }

    /// <summary>Set once the subscriber has handled the event (its inbox has the row).</summary>
    public DateTime? CompletedAtUtc { get; set; }
}
