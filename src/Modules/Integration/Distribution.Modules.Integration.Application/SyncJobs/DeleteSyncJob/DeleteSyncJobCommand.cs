using Mediator;

namespace Distribution.Modules.Integration.Application.SyncJobs.DeleteSyncJob;

/// <summary>Deletes a schedule; it disappears from Hangfire too.</summary>
/// <param name="Id">The schedule.</param>
public sealed record DeleteSyncJobCommand(Guid Id) : ICommand;
