using Mediator;

namespace Distribution.Modules.Integration.Application.SyncJobs.ListSyncJobs;

/// <summary>Every schedule, by name (schedules are few: no paging).</summary>
public sealed record ListSyncJobsQuery : IQuery<IReadOnlyList<SyncJobDto>>;
