using Distribution.BuildingBlocks.Application.Errors;
using Distribution.Modules.Integration.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Integration.Application.SyncJobs.GetSyncJob;

internal sealed class GetSyncJobQueryHandler(ISyncScheduleRepository schedules) : IQueryHandler<GetSyncJobQuery, SyncJobDto>
{
    public async ValueTask<SyncJobDto> Handle(GetSyncJobQuery query, CancellationToken cancellationToken) =>
        SyncJobDto.From(await schedules.GetAsync(query.Id, cancellationToken) ?? throw new NotFoundException("Sync job", query.Id));
}
