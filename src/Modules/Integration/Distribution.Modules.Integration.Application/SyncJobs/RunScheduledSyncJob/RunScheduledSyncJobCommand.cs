using Mediator;

namespace Distribution.Modules.Integration.Application.SyncJobs.RunScheduledSyncJob;

/// <summary>Executes a schedule's job and records the outcome on the schedule (run by the recurring job).</summary>
/// <param name="ScheduleId">The schedule.</param>
public sealed record RunScheduledSyncJobCommand(Guid ScheduleId) : ICommand;
