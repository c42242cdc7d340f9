using Distribution.BuildingBlocks.Application.Jobs;
using Mediator;

namespace Distribution.Modules.Integration.Application.SyncJobs.ListSyncJobTypes;

internal sealed class ListSyncJobTypesQueryHandler(IEnumerable<ISyncJobType> jobTypes)
    : IQueryHandler<ListSyncJobTypesQuery, IReadOnlyList<SyncJobTypeDto>>
{
    public ValueTask<IReadOnlyList<SyncJobTypeDto>> Handle(ListSyncJobTypesQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<SyncJobTypeDto>>(
            jobTypes.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new SyncJobTypeDto(t.Key, t.Description)).ToList());
}
