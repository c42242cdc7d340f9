namespace Distribution.BuildingBlocks.Application.Events;

/// <summary>
/// A consumer that can take several events in one go (one query for what it needs, one commit for all of them).
/// The delivery job calls it with the events of a dispatched batch that its inbox has not seen yet; like a single
/// event handler it must not commit itself. Handling stays once per event: the inbox has one row per (event,
/// handler), committed with the handler's changes.
/// </summary>
public interface IIntegrationEventBatchHandler : IIntegrationEventHandler
{
    /// <summary>Handles the events, in the order they occurred.</summary>
    Task HandleBatchAsync(IReadOnlyList<IntegrationEventEnvelope> envelopes, CancellationToken cancellationToken);
}
