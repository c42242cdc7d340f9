using Distribution.BuildingBlocks.Application.Jobs;

namespace Distribution.BuildingBlocks.Infrastructure.Outbox;

/// <summary>The safety net behind the commit signal: dispatches leftovers and re-enqueues stuck deliveries.</summary>
internal sealed class OutboxSweepJobType(OutboxRecovery recovery) : ISyncJobType
{
    public const string JobKey = "outbox-sweep";

    public string Key => JobKey;

    public string Description =>
        "Dispatches events no commit signal picked up and re-enqueues deliveries that have waited too long.";

    public Task RunAsync(CancellationToken cancellationToken) => recovery.RecoverAsync(onlyStale: true, cancellationToken);
}
