using Distribution.BuildingBlocks.Infrastructure.Correlation;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.BuildingBlocks.Infrastructure.Modules;

/// <summary>Runs the startup tasks in order, before the host (and its Hangfire server) starts.</summary>
public static class StartupTaskRunner
{
    /// <summary>Runs every <see cref="IStartupTask"/>, each in its own scope.</summary>
    public static async Task RunStartupTasksAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        var tasks = app.Services.GetServices<IStartupTask>().OrderBy(t => t.Order).ToList();
        foreach (var task in tasks)
        {
            // Whatever a startup task causes (demo events, recovered deliveries) is traceable under its own id.
            using var correlation = CorrelationContext.Begin($"startup-{CorrelationContext.NewId()}");
            await using var scope = app.Services.CreateAsyncScope();
            await task.RunAsync(scope.ServiceProvider, cancellationToken);
        }
    }
}
