using System.Text.Json;

namespace Distribution.BuildingBlocks.Application.Events;

/// <summary>Base for handlers of one event type: turns the envelope back into the typed event.</summary>
public abstract class IntegrationEventHandler<TEvent> : IIntegrationEventHandler
    where TEvent : IIntegrationEvent
{
    /// <inheritdoc />
    public Task HandleAsync(IntegrationEventEnvelope envelope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var integrationEvent = JsonSerializer.Deserialize<TEvent>(envelope.PayloadJson, IntegrationEventJson.Options)
            ?? throw new InvalidOperationException($"Event {envelope.EventId} has an empty payload.");
        return HandleAsync(integrationEvent, envelope, cancellationToken);
    }

    /// <summary>Handles the typed event.</summary>
    protected abstract Task HandleAsync(
        TEvent integrationEvent, IntegrationEventEnvelope envelope, CancellationToken cancellationToken);
}
