using Distribution.BuildingBlocks.Infrastructure.Modules;
using Distribution.Modules.Integration.Application.Abstractions;
using Distribution.Modules.Integration.Application.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.Modules.Integration.Infrastructure.Webhooks;

/// <summary>
/// Outbound messages still pending or retrying when the process stopped (their Hangfire jobs may be gone with an
/// in-memory store) are scheduled again at their due time. A message that was in flight is attempted again;
/// the unchanged <c>webhook-id</c> lets the receiver drop the duplicate.
/// </summary>
internal sealed class RecoverOutboundMessagesStartupTask : IStartupTask
{
    public int Order => 1001;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var scheduler = services.GetRequiredService<IWebhookDeliveryScheduler>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var due = await services.GetRequiredService<IOutboundMessageRepository>().ListDueAsync(cancellationToken);
        // What is due now goes out in batches; a retry waiting for its backoff keeps its own time.
        scheduler.ScheduleNowPerSubscription(due.Where(m => (m.NextAttemptAtUtc ?? now) <= now), now);
        foreach (var message in due.Where(m => m.NextAttemptAtUtc > now))
        {
            scheduler.Schedule(message.Id, message.NextAttemptAtUtc!.Value, message.CorrelationId);
        }
    }
}
