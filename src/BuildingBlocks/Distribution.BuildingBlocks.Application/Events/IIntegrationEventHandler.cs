namespace Distribution.BuildingBlocks.Application.Events;

/// <summary>
/// A consumer of integration events. It runs in a delivery job, once per event (the inbox remembers it), and must
/// not commit itself: the delivery job commits its changes together with the inbox row.
/// </summary>
public interface IIntegrationEventHandler
{
    /// <summary>Handles one event.</summary>
    Task HandleAsync(IntegrationEventEnvelope envelope, CancellationToken cancellationToken);
}
