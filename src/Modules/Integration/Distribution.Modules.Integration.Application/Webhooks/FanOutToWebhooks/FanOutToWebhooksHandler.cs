using Distribution.BuildingBlocks.Application.Events;
using Distribution.Modules.Integration.Application.Abstractions;
using Distribution.Modules.Integration.Domain.Messages;

namespace Distribution.Modules.Integration.Application.Webhooks.FanOutToWebhooks;

/// <summary>
/// Subscribed to every integration event: writes one outbound message per matching webhook subscription into the
/// message log and, once that has committed (with the inbox rows), schedules their delivery. Takes a dispatched
/// batch of events at once: one read of the subscriptions, one of the messages already queued, one commit.
/// </summary>
internal sealed class FanOutToWebhooksHandler(
    ISubscriptionRepository subscriptions,
    IOutboundMessageRepository messages,
    IIntegrationUnitOfWork unitOfWork,
    IWebhookDeliveryScheduler scheduler,
    TimeProvider clock) : IIntegrationEventBatchHandler
{
    public const string SubscriberName = "integration.webhook-fan-out";

    public Task HandleAsync(IntegrationEventEnvelope envelope, CancellationToken cancellationToken) =>
        HandleBatchAsync([envelope], cancellationToken);

    public async Task HandleBatchAsync(IReadOnlyList<IntegrationEventEnvelope> envelopes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelopes);
        var now = clock.GetUtcNow().UtcDateTime;
        var enabled = await subscriptions.ListEnabledAsync(cancellationToken);
        var wanted = envelopes
            .Select(envelope => (Envelope: envelope, Subscriptions: enabled.Where(s => EventTypePattern.Matches(s.EventType, envelope.Type)).ToList()))
            .Where(e => e.Subscriptions.Count > 0)
            .ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        // A repeated fan-out (the inbox row was lost) must not collide with the messages it created the first time.
        var alreadyQueued = await messages.ListQueuedAsync(wanted.Select(e => e.Envelope.EventId).ToList(), cancellationToken);
        var created = new List<OutboundMessage>();
        foreach (var (envelope, matching) in wanted)
        {
            var body = WebhookBody.Create(envelope);
            foreach (var subscription in matching)
            {
                if (alreadyQueued.Contains((envelope.EventId, subscription.Id)))
                {
                    continue;
                }

                created.Add(OutboundMessage.Create(subscription.Id, envelope.EventId, envelope.Type, envelope.CorrelationId, body, now));
            }
        }

        if (created.Count > 0)
        {
            messages.AddRange(created);
            // A single event's messages are delivered under its correlation id; a batch's each carry their own. Each
            // subscription's messages get jobs of their own, so a slow receiver does not hold back another's outcomes.
            var correlationId = envelopes.Count == 1 ? envelopes[0].CorrelationId : null;
            var bySubscription = created.GroupBy(m => m.SubscriptionId).Select(g => g.Select(m => m.Id).ToList()).ToList();
            unitOfWork.AfterCommit(() => bySubscription.ForEach(ids => scheduler.Schedule(ids, now, correlationId)));
        }
    }
}
