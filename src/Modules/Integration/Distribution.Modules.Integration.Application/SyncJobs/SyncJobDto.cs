using System.ComponentModel.DataAnnotations;
using Distribution.Modules.Integration.Domain.SyncJobs;

namespace Distribution.Modules.Integration.Application.SyncJobs;

/// <summary>A sync-job schedule.</summary>
/// <param name="Id">Schedule id.</param>
/// <param name="Name">Display name (unique).</param>
/// <param name="JobType">Job type key (see <c>GET /sync-jobs/types</c>).</param>
/// <param name="Cron">Cron expression.</param>
/// <param name="TimeZone">Time zone the cron is read in.</param>
/// <param name="Enabled">False: kept, but not scheduled.</param>
/// <param name="LastRunAt">Last run start (UTC).</param>
/// <param name="LastRunOutcome">succeeded or failed.</param>
/// <param name="LastRunError">Last failure.</param>
/// <param name="Version">Concurrency version (also the ETag).</param>
public sealed record SyncJobDto(
    Guid Id, string Name, string JobType, string Cron, string TimeZone, bool Enabled,
    DateTime? LastRunAt, string? LastRunOutcome, string? LastRunError, long Version)
{
    /// <summary>Most schedules the hub keeps (the list returns them all); creating one more is a conflict.</summary>
    public const int MaxSchedules = 500;

    internal static SyncJobDto From(SyncSchedule s) =>
        new(s.Id, s.Name, s.JobType, s.Cron, s.TimeZone, s.Enabled, s.LastRunAtUtc, s.LastRunOutcome, s.LastRunError, s.Version);
}

/// <summary>A job type admins can schedule.</summary>
/// <param name="Key">Use as <c>jobType</c>.</param>
/// <param name="Description">What it does.</param>
public sealed record SyncJobTypeDto(
    [property: MaxLength(SyncJobTypeDto.KeyMaxLength)] string Key, [property: MaxLength(SyncJobTypeDto.DescriptionMaxLength)] string Description)
{
    /// <summary>Longest job type key (a schedule's <c>jobType</c> is validated to it).</summary>
    public const int KeyMaxLength = 100;

    /// <summary>Longest description listed (a longer one is cut).</summary>
    public const int DescriptionMaxLength = 500;

    /// <summary>Most job types listed (the registered types are checked against it).</summary>
    public const int MaxTypes = 100;
}
