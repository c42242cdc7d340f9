using Distribution.BuildingBlocks.Infrastructure.Outbox;
using Distribution.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Distribution.BuildingBlocks.Infrastructure.Health;

/// <summary>Unhealthy when any module's oldest undispatched event is older than <see cref="OutboxOptions.MaxLag"/>.</summary>
internal sealed class OutboxLagHealthCheck(
    IServiceProvider services,
    IEnumerable<ModuleDatabase> databases,
    IOptions<OutboxOptions> options,
    TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lags = new Dictionary<string, object>();
        var worst = TimeSpan.Zero;
        foreach (var database in databases)
        {
            await using var scope = services.CreateAsyncScope();
            var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
            var oldest = await db.OutboxMessages.Where(m => m.ProcessedAtUtc == null)
                .OrderBy(m => m.OccurredAtUtc).Select(m => (DateTime?)m.OccurredAtUtc).FirstOrDefaultAsync(cancellationToken);
            var lag = oldest is null ? TimeSpan.Zero : now - oldest.Value;
            lags[database.ModuleName] = lag.TotalSeconds;
            worst = lag > worst ? lag : worst;
        }

        return worst > options.Value.MaxLag
            ? HealthCheckResult.Unhealthy($"Outbox lag {worst.TotalSeconds:0}s exceeds {options.Value.MaxLag.TotalSeconds:0}s.", data: lags)
            : HealthCheckResult.Healthy($"Outbox lag {worst.TotalSeconds:0.0}s.", lags);
    }
}
