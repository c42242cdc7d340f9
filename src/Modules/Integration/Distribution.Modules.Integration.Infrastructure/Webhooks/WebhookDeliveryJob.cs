using Distribution.Modules.Integration.Application.Webhooks.DeliverWebhook;
using Hangfire;
using Mediator;

namespace Distribution.Modules.Integration.Infrastructure.Webhooks;

/// <summary>The adapter job: one delivery attempt of one outbound webhook message.</summary>
public sealed class WebhookDeliveryJob(ISender sender)
{
    /// <summary>Attempts delivery. Failures are recorded and rescheduled by the message log, not by Hangfire.</summary>
    [AutomaticRetry(Attempts = 2, DelaysInSeconds = [5, 30])]
    public async Task DeliverAsync(Guid messageId, CancellationToken cancellationToken) =>
        await sender.Send(new DeliverWebhookCommand(messageId), cancellationToken);
}
