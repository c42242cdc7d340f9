using Distribution.BuildingBlocks.Infrastructure.Correlation;
using Distribution.Modules.Integration.Application.Abstractions;
using Hangfire;

namespace Distribution.Modules.Integration.Infrastructure.Webhooks;

internal sealed class HangfireWebhookDeliveryScheduler(IBackgroundJobClient jobs, TimeProvider clock) : IWebhookDeliveryScheduler
{
    public void Schedule(Guid messageId, DateTime dueAtUtc, string? correlationId)
    {
        using var correlation = CorrelationContext.Begin(correlationId);
        var delay = dueAtUtc - clock.GetUtcNow().UtcDateTime;
        if (delay <= TimeSpan.Zero)
        {
            jobs.Enqueue<WebhookDeliveryJob>(job => job.DeliverAsync(messageId, CancellationToken.None));
        }
        else
        {
            jobs.Schedule<WebhookDeliveryJob>(job => job.DeliverAsync(messageId, CancellationToken.None), delay);
        }
    }
}
