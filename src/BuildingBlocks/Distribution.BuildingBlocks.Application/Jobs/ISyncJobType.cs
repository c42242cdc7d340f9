namespace Distribution.BuildingBlocks.Application.Jobs;

/// <summary>
/// A kind of job admins can schedule through <c>/api/v1/sync-jobs</c> (supplier feed pull, outbox sweep, retention
/// purge…). Modules register their types; the Integration module stores the schedules and runs them.
/// </summary>
public interface ISyncJobType
{
    /// <summary>Stable key used in schedules, e.g. <c>outbox-sweep</c>.</summary>
    string Key { get; }

    /// <summary>What the job does, shown to admins.</summary>
    string Description { get; }

    /// <summary>Runs the job once.</summary>
    Task RunAsync(CancellationToken cancellationToken);
}
