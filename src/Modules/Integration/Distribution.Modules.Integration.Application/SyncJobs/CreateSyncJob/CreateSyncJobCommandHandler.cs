using Distribution.BuildingBlocks.Application.Errors;
using Distribution.Modules.Integration.Application.Abstractions;
using Distribution.Modules.Integration.Domain.SyncJobs;
using Mediator;

namespace Distribution.Modules.Integration.Application.SyncJobs.CreateSyncJob;

internal sealed class CreateSyncJobCommandHandler(
    ISyncScheduleRepository schedules, IIntegrationUnitOfWork unitOfWork, IRecurringJobMirror mirror, TimeProvider clock)
    : ICommandHandler<CreateSyncJobCommand, SyncJobDto>
{
    public async ValueTask<SyncJobDto> Handle(CreateSyncJobCommand command, CancellationToken cancellationToken)
    {
        if (await schedules.NameTakenAsync(command.Name, null, cancellationToken))
        {
            throw new ConflictException("integration.sync-job-name-taken", $"A sync job named '{command.Name}' already exists.");
        }

        if ((await schedules.ListAsync(cancellationToken)).Count >= SyncJobDto.MaxSchedules)
        {
            throw new ConflictException("integration.sync-jobs-full", $"There are already {SyncJobDto.MaxSchedules} sync jobs; delete one first.");
        }

        var schedule = SyncSchedule.Create(command.Name, command.JobType, command.Cron.Trim(), command.TimeZone ?? "UTC",
            command.Enabled ?? true, clock.GetUtcNow().UtcDateTime);
        schedules.Add(schedule);
        unitOfWork.AfterCommit(() => mirror.Apply(schedule));
        await unitOfWork.CommitAsync(cancellationToken);
        return SyncJobDto.From(schedule);
    }
}
