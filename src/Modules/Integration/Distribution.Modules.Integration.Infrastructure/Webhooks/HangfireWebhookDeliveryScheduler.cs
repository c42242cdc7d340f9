using Distribution.BuildingBlocks.Infrastructure.Correlation;
using Distribution.Modules.Integration.Application.Abstractions;
using Distribution.Modules.Integration.Application.Webhooks;
using Hangfire;
using Microsoft.Extensions.Options;

namespace Distribution.Modules.Integration.Infrastructure.Webhooks;

/// <summary>
/// One Hangfire job per <see cref="WebhookOptions.DeliveryBatchSize"/> messages due at the same time (ADR 0014); a
/// retry is a job of its own at that message's time. Jobs only point at rows of the message log, so a lost job is
/// re-created from it (startup recovery, sweep).
/// </summary>
internal sealed class HangfireWebhookDeliveryScheduler(IBackgroundJobClient jobs, IOptions<WebhookOptions> options, TimeProvider clock)
    : IWebhookDeliveryScheduler
{
    public void Schedule(Guid messageId, DateTime dueAtUtc, string? correlationId) => Schedule([messageId], dueAtUtc, correlationId);

    public void Schedule(IReadOnlyList<Guid> messageIds, DateTime dueAtUtc, string? correlationId)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        using var correlation = correlationId is null ? null : CorrelationContext.Begin(correlationId);
        var delay = dueAtUtc - clock.GetUtcNow().UtcDateTime;
        foreach (var chunk in messageIds.Chunk(Math.Max(1, options.Value.DeliveryBatchSize)))
        {
            if (delay <= TimeSpan.Zero)
            {
                jobs.Enqueue<WebhookDeliveryJob>(job => job.DeliverBatchAsync(chunk, CancellationToken.None));
            }
            else
            {
                jobs.Schedule<WebhookDeliveryJob>(job => job.DeliverBatchAsync(chunk, CancellationToken.None), delay);
            }
        }
    }
}
