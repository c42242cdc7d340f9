using Distribution.BuildingBlocks.Infrastructure.Correlation;
using Distribution.Modules.Integration.Application.Webhooks.DeliverWebhook;
using Hangfire;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Distribution.Modules.Integration.Infrastructure.Webhooks;

/// <summary>The adapter job: one delivery attempt of each of a batch of outbound webhook messages.</summary>
public sealed class WebhookDeliveryJob(ISender sender, ILogger<WebhookDeliveryJob> logger)
{
    /// <summary>Attempts delivery of one message (jobs created before batching).</summary>
    [AutomaticRetry(Attempts = 2, DelaysInSeconds = [5, 30])]
    public Task DeliverAsync(Guid messageId, CancellationToken cancellationToken) =>
        DeliverBatchAsync([messageId], cancellationToken);

    /// <summary>
    /// Attempts delivery of each message. Failures are recorded and rescheduled per message by the message log, not
    /// by Hangfire; Hangfire retries the job only when it could not record the outcomes.
    /// </summary>
    [AutomaticRetry(Attempts = 2, DelaysInSeconds = [5, 30])]
    public async Task DeliverBatchAsync(Guid[] messageIds, CancellationToken cancellationToken)
    {
        var results = await sender.Send(new DeliverWebhookCommand(messageIds), cancellationToken);
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return;
        }

        foreach (var result in results)
        {
            // One line per message under its own correlation id, whichever events share the job.
            using var correlation = result.CorrelationId is null ? null : CorrelationContext.Begin(result.CorrelationId);
            logger.LogInformation("{MessageName} attempt of message {MessageId}: {Outcome}",
                nameof(DeliverWebhookCommand), result.MessageId, result.Outcome);
        }
    }
}
