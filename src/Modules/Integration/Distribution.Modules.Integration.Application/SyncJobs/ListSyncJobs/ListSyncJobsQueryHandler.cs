using Distribution.Modules.Integration.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Integration.Application.SyncJobs.ListSyncJobs;

internal sealed class ListSyncJobsQueryHandler(ISyncScheduleRepository schedules)
    : IQueryHandler<ListSyncJobsQuery, IReadOnlyList<SyncJobDto>>
{
    public async ValueTask<IReadOnlyList<SyncJobDto>> Handle(ListSyncJobsQuery query, CancellationToken cancellationToken) =>
        (await schedules.ListAsync(cancellationToken)).OrderBy(s => s.Name, StringComparer.Ordinal).Take(SyncJobDto.MaxSchedules).Select(SyncJobDto.From).ToList();
}
