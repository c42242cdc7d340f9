using Distribution.BuildingBlocks.Application.Errors;
using Distribution.Modules.Integration.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Integration.Application.SyncJobs.DeleteSyncJob;

internal sealed class DeleteSyncJobCommandHandler(ISyncScheduleRepository schedules, IIntegrationUnitOfWork unitOfWork, IRecurringJobMirror mirror)
    : ICommandHandler<DeleteSyncJobCommand>
{
    public async ValueTask<Unit> Handle(DeleteSyncJobCommand command, CancellationToken cancellationToken)
    {
        var schedule = await schedules.GetAsync(command.Id, cancellationToken) ?? throw new NotFoundException("Sync job", command.Id);
        schedules.Remove(schedule);
        unitOfWork.AfterCommit(() => mirror.Remove(schedule));
        await unitOfWork.CommitAsync(cancellationToken);
        return Unit.Value;
    }
}
