using Distribution.BuildingBlocks.Application.Jobs;
using Distribution.Modules.Integration.Application.Abstractions;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Distribution.Modules.Integration.Application.SyncJobs.RunScheduledSyncJob;

internal sealed class RunScheduledSyncJobCommandHandler(
    ISyncScheduleRepository schedules,
    IEnumerable<ISyncJobType> jobTypes,
    IIntegrationUnitOfWork unitOfWork,
    TimeProvider clock,
    ILogger<RunScheduledSyncJobCommandHandler> logger) : ICommandHandler<RunScheduledSyncJobCommand>
{
    public async ValueTask<Unit> Handle(RunScheduledSyncJobCommand command, CancellationToken cancellationToken)
    {
        var schedule = await schedules.GetAsync(command.ScheduleId, cancellationToken);
        if (schedule is null)
        {
            logger.LogWarning("Sync job {ScheduleId} no longer exists; nothing run", command.ScheduleId);
            return Unit.Value;
        }

        var started = clock.GetUtcNow().UtcDateTime;
        string? error = null;
        var jobType = jobTypes.FirstOrDefault(t => t.Key == schedule.JobType);
        try
        {
            if (jobType is null)
            {
                error = $"Job type '{schedule.JobType}' is not registered (module switched off?).";
            }
            else
            {
                await jobType.RunAsync(cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            error = exception.Message;
            logger.LogError(exception, "Sync job {Name} ({JobType}) failed", schedule.Name, schedule.JobType);
        }

        schedule.RecordRun(started, error);
        await unitOfWork.CommitAsync(cancellationToken);
        return Unit.Value;
    }
}
