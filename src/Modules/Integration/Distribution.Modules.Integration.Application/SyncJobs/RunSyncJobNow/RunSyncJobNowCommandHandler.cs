using Distribution.BuildingBlocks.Application.Errors;
using Distribution.Modules.Integration.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Integration.Application.SyncJobs.RunSyncJobNow;

internal sealed class RunSyncJobNowCommandHandler(ISyncScheduleRepository schedules, IRecurringJobMirror mirror)
    : ICommandHandler<RunSyncJobNowCommand, SyncJobRunDto>
{
    public async ValueTask<SyncJobRunDto> Handle(RunSyncJobNowCommand command, CancellationToken cancellationToken)
    {
        var schedule = await schedules.GetAsync(command.Id, cancellationToken) ?? throw new NotFoundException("Sync job", command.Id);
        return new SyncJobRunDto(schedule.Id, mirror.RunNow(schedule));
    }
}
