using Distribution.BuildingBlocks.Application.Events;
using Distribution.Modules.Integration.Application.Abstractions;
using Distribution.Modules.Integration.Domain.Messages;

namespace Distribution.Modules.Integration.Application.Webhooks.FanOutToWebhooks;

/// <summary>
/// Subscribed to every integration event: writes one outbound message per matching webhook subscription into the
/// message log and, once that has committed (with the inbox row), schedules their delivery.
/// </summary>
internal sealed class FanOutToWebhooksHandler(
    ISubscriptionRepository subscriptions,
    IOutboundMessageRepository messages,
    IIntegrationUnitOfWork unitOfWork,
    IWebhookDeliveryScheduler scheduler,
    TimeProvider clock) : IIntegrationEventHandler
{
    public const string SubscriberName = "integration.webhook-fan-out";

    public async Task HandleAsync(IntegrationEventEnvelope envelope, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var body = WebhookBody.Create(envelope);
        // A repeated fan-out (the inbox row was lost) must not collide with the messages it created the first time.
        var alreadyQueued = await messages.ListSubscriptionIdsForEventAsync(envelope.EventId, cancellationToken);
        foreach (var subscription in await subscriptions.ListEnabledAsync(cancellationToken))
        {
            if (!EventTypePattern.Matches(subscription.EventType, envelope.Type) || alreadyQueued.Contains(subscription.Id))
            {
                continue;
            }

            var message = OutboundMessage.Create(subscription.Id, envelope.EventId, envelope.Type, envelope.CorrelationId, body, now);
            messages.Add(message);
            unitOfWork.AfterCommit(() => scheduler.Schedule(message.Id, now, envelope.CorrelationId));
        }
    }
}
