using Distribution.Modules.Integration.Application.SyncJobs.RunScheduledSyncJob;
using Hangfire;
using Mediator;

namespace Distribution.Modules.Integration.Infrastructure.SyncJobs;

/// <summary>What Hangfire's recurring job (or "run now") executes for a schedule.</summary>
public sealed class SyncJobRunJob(ISender sender)
{
    /// <summary>Runs the schedule's job type and records the outcome on the schedule.</summary>
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task RunAsync(Guid scheduleId, CancellationToken cancellationToken) =>
        await sender.Send(new RunScheduledSyncJobCommand(scheduleId), cancellationToken);
}
