using Mediator;

namespace Distribution.Modules.Integration.Application.SyncJobs.GetSyncJob;

/// <summary>One schedule.</summary>
/// <param name="Id">The schedule.</param>
public sealed record GetSyncJobQuery(Guid Id) : IQuery<SyncJobDto>;
