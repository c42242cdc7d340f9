using Distribution.BuildingBlocks.Application.Errors;
using Distribution.Modules.Integration.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Integration.Application.SyncJobs.UpdateSyncJob;

internal sealed class UpdateSyncJobCommandHandler(ISyncScheduleRepository schedules, IIntegrationUnitOfWork unitOfWork, IRecurringJobMirror mirror)
    : ICommandHandler<UpdateSyncJobCommand, SyncJobDto>
{
    public async ValueTask<SyncJobDto> Handle(UpdateSyncJobCommand command, CancellationToken cancellationToken)
    {
        var schedule = await schedules.GetAsync(command.Id, cancellationToken) ?? throw new NotFoundException("Sync job", command.Id);
        if (schedule.Version != command.ExpectedVersion)
        {
            throw PreconditionException.Failed();
        }

        if (await schedules.NameTakenAsync(command.Name, command.Id, cancellationToken))
        {
            throw new ConflictException("integration.sync-job-name-taken", $"A sync job named '{command.Name}' already exists.");
        }

        schedule.Change(command.Name, command.JobType, command.Cron.Trim(), command.TimeZone ?? "UTC", command.Enabled);
        unitOfWork.AfterCommit(() => mirror.Apply(schedule));
        await unitOfWork.CommitAsync(cancellationToken);
        return SyncJobDto.From(schedule);
    }
}
