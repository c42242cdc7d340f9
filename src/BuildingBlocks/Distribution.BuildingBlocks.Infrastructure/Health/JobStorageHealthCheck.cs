using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Distribution.BuildingBlocks.Infrastructure.Health;

/// <summary>Healthy when the Hangfire job storage answers.</summary>
internal sealed class JobStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var statistics = storage.GetMonitoringApi().GetStatistics();
            return Task.FromResult(HealthCheckResult.Healthy("Job storage answers.", new Dictionary<string, object>
            {
                ["servers"] = statistics.Servers,
                ["enqueued"] = statistics.Enqueued,
                ["failed"] = statistics.Failed,
            }));
        }
        catch (Exception exception)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Job storage does not answer.", exception));
        }
    }
}
