using Mediator;

namespace Distribution.Modules.Integration.Application.SyncJobs.UpdateSyncJob;

/// <summary>Replaces a schedule (PUT semantics; send every field).</summary>
/// <param name="Id">The schedule.</param>
/// <param name="ExpectedVersion">From <c>If-Match</c>.</param>
/// <param name="Name">Display name (unique).</param>
/// <param name="JobType">Job type key.</param>
/// <param name="Cron">Cron expression.</param>
/// <param name="TimeZone">Time zone (default UTC).</param>
/// <param name="Enabled">On or off.</param>
public sealed record UpdateSyncJobCommand(Guid Id, long ExpectedVersion, string Name, string JobType, string Cron, string? TimeZone, bool Enabled)
    : ICommand<SyncJobDto>;
