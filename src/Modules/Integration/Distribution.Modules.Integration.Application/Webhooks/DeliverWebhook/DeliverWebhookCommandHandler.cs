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
    public async ValueTask<DeliveryOutcome> Handle(DeliverWebhookCommand command, CancellationToken cancellationToken)
    {
        var message = await messages.GetAsync(command.MessageId, cancellationToken);
        if (message is null || !message.IsDue)
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
