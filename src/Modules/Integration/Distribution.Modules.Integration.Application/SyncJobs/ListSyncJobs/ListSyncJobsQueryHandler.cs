using Distribution.BuildingBlocks.Application.Errors;
using Distribution.Modules.Integration.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Integration.Application.SyncJobs.ListSyncJobs;

internal sealed class ListSyncJobsQueryHandler(ISyncScheduleRepository schedules)
    : IQueryHandler<ListSyncJobsQuery, IReadOnlyList<SyncJobDto>>, IQueryHandler<GetSyncJobQuery, SyncJobDto>
{
    public async ValueTask<IReadOnlyList<SyncJobDto>> Handle(ListSyncJobsQuery query, CancellationToken cancellationToken) =>
        (await schedules.ListAsync(cancellationToken)).OrderBy(s => s.Name, StringComparer.Ordinal).Select(SyncJobDto.From).ToList();

    public async ValueTask<SyncJobDto> Handle(GetSyncJobQuery query, CancellationToken cancellationToken) =>
        SyncJobDto.From(await schedules.GetAsync(query.Id, cancellationToken) ?? throw new NotFoundException("Sync job", query.Id));
}
