using Mediator;

namespace Distribution.Modules.Integration.Application.SyncJobs.ListSyncJobTypes;

/// <summary>The job types modules have registered.</summary>
public sealed record ListSyncJobTypesQuery : IQuery<IReadOnlyList<SyncJobTypeDto>>;
