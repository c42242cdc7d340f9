using Distribution.BuildingBlocks.Infrastructure.Persistence;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Distribution.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// Finds work that Hangfire no longer knows about — lost with an in-memory job store when the process died, or
/// given up after Hangfire's retries — and enqueues it again. Used at startup (everything) and by the sweep
/// (only what has been waiting longer than <see cref="OutboxOptions.StaleDeliveryAfter"/>).
/// </summary>
public sealed class OutboxRecovery(
    IServiceProvider services,
    IEnumerable<ModuleDatabase> databases,
    OutboxSignal signal,
    IBackgroundJobClient jobs,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxRecovery> logger)
{
    /// <summary>Re-enqueues undispatched events and unfinished deliveries of every module.</summary>
    /// <param name="onlyStale">True for the sweep: leave deliveries enqueued recently to their running jobs.</param>
    /// <param name="cancellationToken">Stops the scan.</param>
    public async Task<int> RecoverAsync(bool onlyStale, CancellationToken cancellationToken)
    {
        var recovered = 0;
        foreach (var database in databases)
        {
            await using var scope = services.CreateAsyncScope();
            var context = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
            if (await context.OutboxMessages.AnyAsync(m => m.ProcessedAtUtc == null, cancellationToken))
            {
                signal.Signal(database.ModuleName);
            }

            recovered += await RequeueDeliveriesAsync(context, onlyStale, cancellationToken);
        }

        return recovered;
    }

    private async Task<int> RequeueDeliveriesAsync(ModuleDbContext context, bool onlyStale, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var staleBefore = onlyStale ? now - options.Value.StaleDeliveryAfter : DateTime.MaxValue;
        var pending = await context.OutboxDeliveries
            .Where(d => d.CompletedAtUtc == null && d.EnqueuedAtUtc < staleBefore)
            .Join(context.OutboxMessages, d => d.EventId, m => m.Id, (d, m) => new { d.EventId, d.Subscriber, m.CorrelationId })
            .ToListAsync(cancellationToken);
        foreach (var group in pending.GroupBy(d => d.Subscriber, StringComparer.Ordinal))
        {
            foreach (var chunk in group.Chunk(options.Value.BatchSize))
            {
                var eventIds = chunk.Select(d => d.EventId).ToList();
                await context.OutboxDeliveries
                    .Where(d => eventIds.Contains(d.EventId) && d.Subscriber == group.Key)
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.EnqueuedAtUtc, now), cancellationToken);
                OutboxDeliveryJob.Enqueue(jobs, context.ModuleName, eventIds, group.Key, chunk.Length == 1 ? chunk[0].CorrelationId : null);
            }
        }

        if (pending.Count > 0)
        {
            logger.LogInformation("Re-enqueued {Count} unfinished deliveries of module {Module}", pending.Count, context.ModuleName);
        }

        return pending.Count;
    }
}
