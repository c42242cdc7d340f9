using Distribution.Modules.Integration.Application.Abstractions;
using Distribution.Modules.Integration.Domain.Messages;
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
    TimeProvider clock) : ICommandHandler<DeliverWebhookCommand, DeliveryOutcome>
{
    // Host clocks in a scale-out may disagree a little; a job that far early is still the one that was scheduled.
    private static readonly TimeSpan ClockSkewAllowance = TimeSpan.FromSeconds(1);

    public async ValueTask<DeliveryOutcome> Handle(DeliverWebhookCommand command, CancellationToken cancellationToken)
    {
        var message = await messages.GetAsync(command.MessageId, cancellationToken);
        // A job that comes before the next attempt is a duplicate (recovery re-schedules what a durable job store
        // still holds). Sending now would skip the backoff and schedule yet another attempt, so duplicates would
        // never die out; the job scheduled for that attempt does the work.
        if (message is null || !message.IsDueAt(clock.GetUtcNow().UtcDateTime + ClockSkewAllowance))
        {
            return DeliveryOutcome.Skipped;
        }

        var subscription = await subscriptions.GetAsync(message.SubscriptionId, cancellationToken);
        if (subscription is null || !subscription.Enabled)
        {
            message.DeadLetter(DeadLetterReasons.SubscriptionGone);
            await unitOfWork.CommitAsync(cancellationToken);
            return DeliveryOutcome.DeadLettered;
        }

        var error = await sender.SendAsync(subscription, message, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (error is null)
        {
            message.RecordSuccess(now);
            await unitOfWork.CommitAsync(cancellationToken);
            return DeliveryOutcome.Sent;
        }

        var backoff = new RetryBackoff(options.Value.BackoffBase, options.Value.BackoffCap);
        var nextAttempt = message.RecordFailure(error, now, subscription.MaxAttempts, backoff, Random.Shared.NextDouble());
        if (nextAttempt is { } due)
        {
            unitOfWork.AfterCommit(() => scheduler.Schedule(message.Id, due, message.CorrelationId));
        }

        await unitOfWork.CommitAsync(cancellationToken);
        return nextAttempt is null ? DeliveryOutcome.DeadLettered : DeliveryOutcome.RetryScheduled;
    }
}
