using Distribution.BuildingBlocks.Application.Jobs;
using Mediator;

namespace Distribution.Modules.Integration.Application.SyncJobs.ListSyncJobTypes;

internal sealed class ListSyncJobTypesQueryHandler(IEnumerable<ISyncJobType> jobTypes)
    : IQueryHandler<ListSyncJobTypesQuery, IReadOnlyList<SyncJobTypeDto>>
{
    public ValueTask<IReadOnlyList<SyncJobTypeDto>> Handle(ListSyncJobTypesQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<SyncJobTypeDto>>(
            jobTypes.OrderBy(t => t.Key, StringComparer.Ordinal).Take(SyncJobTypeDto.MaxTypes)
                .Select(t => new SyncJobTypeDto(
                    t.Key.Length <= SyncJobTypeDto.KeyMaxLength ? t.Key : throw new InvalidOperationException($"Job type key '{t.Key}' is too long."),
                    t.Description.Length <= SyncJobTypeDto.DescriptionMaxLength ? t.Description : t.Description[..SyncJobTypeDto.DescriptionMaxLength]))
                .ToList());
}
