using Distribution.BuildingBlocks.Application.Jobs;
using Distribution.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// Deletes events every subscriber has had, with their delivery rows, and inbox rows, once older than the cutoff.
/// Undelivered events are never purged, however old.
/// </summary>
internal sealed class OutboxRetentionPolicy(IServiceProvider services, IEnumerable<ModuleDatabase> databases) : IRetentionPolicy
{
    public async Task<int> PurgeAsync(DateTime cutoffUtc, CancellationToken cancellationToken)
    {
        var purged = 0;
        foreach (var database in databases)
        {
            await using var scope = services.CreateAsyncScope();
            var context = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
            var delivered = context.OutboxMessages.Where(m => m.ProcessedAtUtc != null && m.ProcessedAtUtc < cutoffUtc
                && !context.OutboxDeliveries.Any(d => d.EventId == m.Id && d.CompletedAtUtc == null));
            purged += await context.OutboxDeliveries
                .Where(d => delivered.Any(m => m.Id == d.EventId))
                .ExecuteDeleteAsync(cancellationToken);
            purged += await delivered.ExecuteDeleteAsync(cancellationToken);
            purged += await context.InboxMessages.Where(i => i.HandledAtUtc < cutoffUtc).ExecuteDeleteAsync(cancellationToken);
        }

        return purged;
    }
}
