using Distribution.BuildingBlocks.Domain;

namespace Distribution.Modules.Integration.Domain.SyncJobs;

/// <summary>
/// An admin's schedule for a sync job: which job type, when (cron, in a time zone), whether it is on, and how its
/// last run went. Stored here; mirrored into Hangfire's recurring jobs.
/// </summary>
public sealed class SyncSchedule : AggregateRoot<Guid>
{
    private SyncSchedule()
    {
    }

    /// <summary>Display name; unique.</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>Key of the job type (from the registry modules add to).</summary>
    public string JobType { get; private set; } = string.Empty;

    /// <summary>Cron expression (5 fields, or 6 with seconds).</summary>
    public string Cron { get; private set; } = string.Empty;

    /// <summary>IANA or Windows time zone id the cron is read in.</summary>
    public string TimeZone { get; private set; } = "UTC";

    /// <summary>Disabled schedules are removed from Hangfire but kept here.</summary>
    public bool Enabled { get; private set; }

    /// <summary>When it was created.</summary>
    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>When the last run started.</summary>
    public DateTime? LastRunAtUtc { get; private set; }

    /// <summary>succeeded or failed.</summary>
    public string? LastRunOutcome { get; private set; }

    /// <summary>The last failure's message.</summary>
    public string? LastRunError { get; private set; }

    /// <summary>The Hangfire recurring-job id this schedule owns.</summary>
    public string RecurringJobId => $"sync-job:{Id}";

    /// <summary>Creates a schedule.</summary>
    public static SyncSchedule Create(string name, string jobType, string cron, string timeZone, bool enabled, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        Name = name,
        JobType = jobType,
        Cron = cron,
        TimeZone = timeZone,
        Enabled = enabled,
        CreatedAtUtc = nowUtc,
    };

    /// <summary>Changes the schedule.</summary>
    public void Change(string name, string jobType, string cron, string timeZone, bool enabled)
    {
        Name = name;
        JobType = jobType;
        Cron = cron;
        TimeZone = timeZone;
        Enabled = enabled;
    }

    /// <summary>Records how a run went.</summary>
    public void RecordRun(DateTime startedAtUtc, string? error)
    {
        LastRunAtUtc = startedAtUtc;
        LastRunOutcome = error is null ? "succeeded" : "failed";
        LastRunError = error is null || error.Length <= 2000 ? error : error[..2000];
    }
}
