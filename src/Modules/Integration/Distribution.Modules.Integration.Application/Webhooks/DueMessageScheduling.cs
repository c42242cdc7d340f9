using Distribution.Modules.Integration.Application.Abstractions;

namespace Distribution.Modules.Integration.Application.Webhooks;

/// <summary>How recovery and the sweep put due messages back in line.</summary>
public static class DueMessageScheduling
{
    /// <summary>
    /// Schedules <paramref name="due"/> now, each subscription's messages in jobs of their own (as the fan-out does,
    /// ADR 0014): a receiver that is down and holds its jobs for the whole timeout then delays no other receiver.
    /// </summary>
    public static void ScheduleNowPerSubscription(this IWebhookDeliveryScheduler scheduler, IEnumerable<DueMessage> due, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(due);
        foreach (var subscription in due.GroupBy(m => m.SubscriptionId))
        {
            scheduler.Schedule(subscription.Select(m => m.Id).ToList(), nowUtc, correlationId: null);
        }
    }
}
