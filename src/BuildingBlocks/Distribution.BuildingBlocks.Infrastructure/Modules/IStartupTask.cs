namespace Distribution.BuildingBlocks.Infrastructure.Modules;

/// <summary>
/// Work a module needs done once at startup, after migrations and before the host takes requests (bootstrap
/// keys, default schedules, demo data). Tasks run in <see cref="Order"/>.
/// </summary>
public interface IStartupTask
{
    /// <summary>Lower runs first. Migrations are 0; recovery of undelivered messages is 1000 (last).</summary>
    int Order { get; }

    /// <summary>Runs the task.</summary>
    Task RunAsync(IServiceProvider services, CancellationToken cancellationToken);
}
