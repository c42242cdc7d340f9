namespace Distribution.BuildingBlocks.Application.Events;

/// <summary>
/// A fact one module publishes for others (and for partners through webhooks). It travels through the outbox,
/// so it must serialise to JSON; its wire name comes from <see cref="IntegrationEventTypeAttribute"/>.
/// </summary>
public interface IIntegrationEvent
{
    /// <summary>Stable id of this occurrence: the webhook-id and the receivers' idempotency key.</summary>
    Guid EventId { get; }

    /// <summary>When the business change happened (UTC).</summary>
    DateTime OccurredAtUtc { get; }
}
