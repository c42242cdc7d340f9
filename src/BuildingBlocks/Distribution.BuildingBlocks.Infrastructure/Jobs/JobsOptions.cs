namespace Distribution.BuildingBlocks.Infrastructure.Jobs;

/// <summary>The <c>Jobs</c> configuration section (Hangfire).</summary>
public sealed class JobsOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Jobs";

    /// <summary>Run a Hangfire server in this host (off for a web-only instance in a scale-out).</summary>
    public bool RunServer { get; set; } = true;

    /// <summary>Workers in this host; delivery jobs mostly wait on HTTP, so more than the core count pays.</summary>
    public int WorkerCount { get; set; } = 20;

    /// <summary>
    /// How often delayed jobs (retries with backoff) are moved to the queue. Hangfire's 15 s default would add up
    /// to 15 s to every webhook retry.
    /// </summary>
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>SQL Server storage: how often idle workers look for new jobs when not woken directly.</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromMilliseconds(200);
}
