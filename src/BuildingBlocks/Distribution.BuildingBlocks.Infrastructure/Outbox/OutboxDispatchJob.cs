using Distribution.BuildingBlocks.Infrastructure.Correlation;
using Distribution.BuildingBlocks.Infrastructure.Persistence;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Distribution.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// Moves a module's committed events to their subscribers: claims a batch under a lease, writes one delivery row
/// per (event, subscriber), marks the events processed, and enqueues one delivery job per subscriber for the batch
/// (ADR 0014). A distributed lock keeps it to one dispatcher per outbox table across every host instance; the
/// lease is the second line of defence, and what returns a crashed instance's rows.
/// </summary>
public sealed class OutboxDispatchJob(
    IServiceProvider services,
    IEnumerable<ModuleDatabase> databases,
    IntegrationEventSubscribers subscribers,
    OutboxSignal signal,
    IBackgroundJobClient jobs,
    JobStorage storage,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatchJob> logger)
{
    internal static readonly string InstanceId = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>Dispatches everything the module's outbox holds.</summary>
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [1, 5, 15])]
    public async Task DispatchAsync(string moduleName, CancellationToken cancellationToken)
    {
        if (!signal.TryBeginRun(moduleName))
        {
            // This process already dispatches the module and has been told to look once more before it stops.
            return;
        }

        var finished = false;
        try
        {
            var database = databases.Single(d => d.ModuleName == moduleName);
            using var connection = storage.GetConnection();
            using var dispatcherLock = connection.AcquireDistributedLock($"outbox-dispatch:{moduleName}", TimeSpan.FromSeconds(30));
            do
            {
                await DispatchAllAsync(database, cancellationToken);
            }
            while (signal.RunAgain(moduleName));
            finished = true;
        }
        finally
        {
            if (!finished)
            {
                signal.RunAbandoned(moduleName);
            }
        }
    }

    private async Task DispatchAllAsync(ModuleDatabase database, CancellationToken cancellationToken)
    {
        int claimed;
        do
        {
            await using var scope = services.CreateAsyncScope();
            var context = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
            claimed = await DispatchBatchAsync(context, cancellationToken);
        }
        while (claimed == options.Value.BatchSize);
    }

    /// <summary>
    /// Marks the claimed events processed and writes their delivery rows, in one transaction: an event is never marked
    /// dispatched without its deliveries, nor dispatched twice. The mark comes first, so the operation can be run again:
    /// a retry after a commit whose acknowledgement was lost (SQL Server's retrying execution strategy) finds none of
    /// the events still locked by this instance and writes nothing, where inserting first would fail on the delivery
    /// rows' keys and leave them for the stale-delivery sweep.
    /// </summary>
    /// <returns>True when the events are dispatched by this instance (now, or by the attempt before); false when
    /// another instance took them over after this one's lease ran out.</returns>
    internal static async Task<bool> MarkDispatchedAsync(
        ModuleDbContext context, List<Guid> eventIds, List<OutboxDelivery> deliveries, DateTime now, CancellationToken cancellationToken)
    {
        var strategy = context.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            context.ChangeTracker.Clear();
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            var marked = await context.OutboxMessages
                .Where(m => eventIds.Contains(m.Id) && m.LockedBy == InstanceId && m.ProcessedAtUtc == null)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(m => m.ProcessedAtUtc, now)
                        .SetProperty(m => m.LockedBy, (string?)null)
                        .SetProperty(m => m.LockedUntilUtc, (DateTime?)null),
                    cancellationToken);
            if (marked == 0)
            {
                // Ours already when an earlier attempt of this very operation committed them (its time is this batch's).
                return await context.OutboxMessages.CountAsync(m => eventIds.Contains(m.Id) && m.ProcessedAtUtc == now, cancellationToken)
                    == eventIds.Count;
            }

            if (marked != eventIds.Count)
            {
                // Some leases ran out and were claimed elsewhere: roll back; the next claim sorts out who has what.
                throw new InvalidOperationException($"{eventIds.Count - marked} of {eventIds.Count} claimed events are no longer locked by this instance.");
            }

            context.Append(deliveries);
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        });
    }

    private sealed record ClaimedEvent(Guid Id, string Type, string? CorrelationId);

    private async Task<int> DispatchBatchAsync(ModuleDbContext context, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var leaseEnd = now + options.Value.LeaseDuration;
        var candidates = await context.OutboxMessages
            .Where(m => m.ProcessedAtUtc == null && (m.LockedUntilUtc == null || m.LockedUntilUtc < now))
            .OrderBy(m => m.OccurredAtUtc)
            .Select(m => m.Id)
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return 0;
        }

        // Claim: only rows still free are ours, whatever another instance did since the read above.
        await context.OutboxMessages
            .Where(m => candidates.Contains(m.Id) && m.ProcessedAtUtc == null
                && (m.LockedUntilUtc == null || m.LockedUntilUtc < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedBy, InstanceId).SetProperty(m => m.LockedUntilUtc, leaseEnd),
                cancellationToken);
        // Only what the dispatch needs, untracked: the payload stays in the table for the delivery jobs.
        var batch = await context.OutboxMessages.AsNoTracking()
            .Where(m => candidates.Contains(m.Id) && m.LockedBy == InstanceId && m.ProcessedAtUtc == null)
            .OrderBy(m => m.OccurredAtUtc)
            .Select(m => new ClaimedEvent(m.Id, m.Type, m.CorrelationId))
            .ToListAsync(cancellationToken);
        if (batch.Count == 0)
        {
            // Another instance claimed them first.
            return candidates.Count;
        }

        var deliveries = new List<OutboxDelivery>();
        foreach (var message in batch)
        {
            foreach (var subscriber in subscribers.For(message.Type))
            {
                deliveries.Add(new OutboxDelivery { EventId = message.Id, Subscriber = subscriber.Name, EnqueuedAtUtc = now });
            }
        }

        if (!await MarkDispatchedAsync(context, batch.Select(m => m.Id).ToList(), deliveries, now, cancellationToken))
        {
            logger.LogWarning("{Count} events of {Module} were taken over by another instance before this one dispatched them",
                batch.Count, context.ModuleName);
            return candidates.Count;
        }

        foreach (var message in logger.IsEnabled(LogLevel.Information) ? batch : Enumerable.Empty<ClaimedEvent>())
        {
            // Each event is logged under its own correlation id, whichever commit woke the dispatcher.
            using var correlation = CorrelationContext.Begin(message.CorrelationId);
            var subscriberNames = deliveries.Where(d => d.EventId == message.Id).Select(d => d.Subscriber).ToList();
            logger.LogInformation("Dispatched {EventType} {EventId} of {Module} to {Subscribers}",
                message.Type, message.Id, context.ModuleName, subscriberNames);
        }

        // One delivery job per subscriber for the whole batch (not per event): the inbox and the delivery rows stay
        // per event. A batch of one event (the latency path) runs under that event's correlation id.
        foreach (var group in deliveries.GroupBy(d => d.Subscriber, StringComparer.Ordinal))
        {
            var eventIds = group.Select(d => d.EventId).ToList();
            var correlationId = eventIds.Count == 1 ? batch.First(m => m.Id == eventIds[0]).CorrelationId : null;
            OutboxDeliveryJob.Enqueue(jobs, context.ModuleName, eventIds, group.Key, correlationId);
        }

        return candidates.Count;
    }
}
