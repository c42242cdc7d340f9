using Distribution.BuildingBlocks.Application.Jobs;
using Distribution.Modules.Integration.Application.Abstractions;
using Distribution.Modules.Integration.Application.Webhooks;

namespace Distribution.Modules.Integration.Infrastructure.Webhooks;

/// <summary>
/// The safety net behind the delivery jobs: a message still due more than five minutes after its attempt time has
/// lost its job (the job's own retries ran out, or a job store lost it), so it is scheduled again.
/// </summary>
internal sealed class WebhookSweepJobType(IOutboundMessageRepository messages, IWebhookDeliveryScheduler scheduler, TimeProvider clock)
    : ISyncJobType
{
    public const string JobKey = "webhook-sweep";
    private static readonly TimeSpan Overdue = TimeSpan.FromMinutes(5);

    public string Key => JobKey;

    public string Description => "Schedules again webhook messages whose delivery attempt is more than five minutes overdue.";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var overdue = (await messages.ListDueAsync(cancellationToken))
            .Where(m => m.NextAttemptAtUtc is { } due && now - due > Overdue);
        scheduler.ScheduleNowPerSubscription(overdue, now);
    }
}
