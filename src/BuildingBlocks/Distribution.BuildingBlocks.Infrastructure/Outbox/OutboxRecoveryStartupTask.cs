using Distribution.BuildingBlocks.Infrastructure.Modules;

namespace Distribution.BuildingBlocks.Infrastructure.Outbox;

/// <summary>At startup, everything not yet dispatched or delivered is enqueued again (last of the startup tasks).</summary>
internal sealed class OutboxRecoveryStartupTask(OutboxRecovery recovery) : IStartupTask
{
    public int Order => 1000;

    public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        recovery.RecoverAsync(onlyStale: false, cancellationToken);
}
