using Mediator;

namespace Distribution.Modules.Integration.Application.SyncJobs.CreateSyncJob;

/// <summary>Schedules a sync job.</summary>
/// <param name="Name">Display name (unique).</param>
/// <param name="JobType">Job type key.</param>
/// <param name="Cron">Cron expression, e.g. <c>0 * * * *</c> (hourly).</param>
/// <param name="TimeZone">Time zone for the cron (default UTC).</param>
/// <param name="Enabled">Start enabled (default true).</param>
public sealed record CreateSyncJobCommand(string Name, string JobType, string Cron, string? TimeZone, bool? Enabled) : ICommand<SyncJobDto>;
