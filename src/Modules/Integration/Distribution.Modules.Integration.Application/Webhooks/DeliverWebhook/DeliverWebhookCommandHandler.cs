using Distribution.Modules.Integration.Application.Abstractions;
using Distribution.Modules.Integration.Domain.Messages;
using Distribution.Modules.Integration.Domain.Subscriptions;
using Mediator;
using Microsoft.Extensions.Options;

namespace Distribution.Modules.Integration.Application.Webhooks.DeliverWebhook;

internal sealed class DeliverWebhookCommandHandler(
    IOutboundMessageRepository messages,
    ISubscriptionRepository subscriptions,
    IWebhookSender sender,
    IWebhookDeliveryScheduler scheduler,
    IIntegrationUnitOfWork unitOfWork,
    IOptions<WebhookOptions> options,
    TimeProvider clock) : ICommandHandler<DeliverWebhookCommand, IReadOnlyList<WebhookDeliveryResult>>
{
    // Host clocks in a scale-out may disagree a little; a job that far early is still the one that was scheduled.
    private static readonly TimeSpan ClockSkewAllowance = TimeSpan.FromSeconds(1);

    public async ValueTask<IReadOnlyList<WebhookDeliveryResult>> Handle(DeliverWebhookCommand command, CancellationToken cancellationToken)
    {
        var ids = command.MessageIds.Distinct().ToList();
        var found = (await messages.ListByIdsAsync(ids, cancellationToken)).ToDictionary(m => m.Id);
        var outcomes = new Dictionary<Guid, DeliveryOutcome>();

        // A job that comes before a message's next attempt is a duplicate (recovery re-schedules what a durable job
        // store still holds). Sending now would skip the backoff and schedule yet another attempt, so duplicates
        // would never die out; the job scheduled for that attempt does the work.
        var dueBy = clock.GetUtcNow().UtcDateTime + ClockSkewAllowance;
        var due = found.Values.Where(m => m.IsDueAt(dueBy)).ToList();
        var toSend = new List<(OutboundMessage Message, WebhookSubscription Subscription)>();
        var live = new Dictionary<Guid, WebhookSubscription?>();
        foreach (var message in due)
        {
            if (!live.TryGetValue(message.SubscriptionId, out var subscription))
            {
                subscription = await subscriptions.GetAsync(message.SubscriptionId, cancellationToken);
                live[message.SubscriptionId] = subscription;
            }

            if (subscription is null || !subscription.Enabled)
            {
                message.DeadLetter(DeadLetterReasons.SubscriptionGone);
                outcomes[message.Id] = DeliveryOutcome.DeadLettered;
            }
            else
            {
                toSend.Add((message, subscription));
            }
        }

        var errors = await SendAllAsync(toSend, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var backoff = new RetryBackoff(options.Value.BackoffBase, options.Value.BackoffCap);
        for (var i = 0; i < toSend.Count; i++)
        {
            var (message, subscription) = toSend[i];
            if (errors[i] is null)
            {
                message.RecordSuccess(now);
                outcomes[message.Id] = DeliveryOutcome.Sent;
                continue;
            }

            // Each failed message keeps its own attempt count, backoff and retry job.
            var nextAttempt = message.RecordFailure(errors[i]!, now, subscription.MaxAttempts, backoff, Random.Shared.NextDouble());
            if (nextAttempt is { } retryAt)
            {
                unitOfWork.AfterCommit(() => scheduler.Schedule(message.Id, retryAt, message.CorrelationId));
            }

            outcomes[message.Id] = nextAttempt is null ? DeliveryOutcome.DeadLettered : DeliveryOutcome.RetryScheduled;
        }

        if (outcomes.Count > 0)
        {
            await unitOfWork.CommitAsync(cancellationToken);
        }

        return ids
            .Select(id => new WebhookDeliveryResult(
                id, found.GetValueOrDefault(id)?.CorrelationId, outcomes.GetValueOrDefault(id, DeliveryOutcome.Skipped)))
            .ToList();
    }

    // The requests of a batch go out together (a receiver's latency is paid once per wave, not once per message).
    private async Task<string?[]> SendAllAsync(
        List<(OutboundMessage Message, WebhookSubscription Subscription)> toSend, CancellationToken cancellationToken)
    {
        var errors = new string?[toSend.Count];
        if (toSend.Count == 1)
        {
            errors[0] = await SendOneAsync(toSend[0].Subscription, toSend[0].Message, cancellationToken);
            return errors;
        }

        var parallelism = new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Max(1, options.Value.MaxConcurrentSends),
            CancellationToken = cancellationToken,
        };
        await Parallel.ForEachAsync(Enumerable.Range(0, toSend.Count), parallelism, async (i, token) =>
            errors[i] = await SendOneAsync(toSend[i].Subscription, toSend[i].Message, token));
        return errors;
    }

    // The sender reports what it expects (HTTP status, network error, timeout) as an error text. Anything else it throws
    // is still this one message's failed attempt: thrown, it would abort the batch and leave every other message's
    // outcome unrecorded, so those already sent would be sent again by the job's retry.
    private async Task<string?> SendOneAsync(WebhookSubscription subscription, OutboundMessage message, CancellationToken cancellationToken)
    {
        try
        {
            return await sender.SendAsync(subscription, message, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            return $"Could not send: {exception.GetType().Name}: {exception.Message}";
        }
    }
}
