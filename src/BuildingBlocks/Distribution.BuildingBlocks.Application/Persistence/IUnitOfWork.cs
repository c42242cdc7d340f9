using Distribution.BuildingBlocks.Application.Events;

namespace Distribution.BuildingBlocks.Application.Persistence;

/// <summary>
/// Commits one module's changes: dispatches domain events (their handlers may publish integration events), then
/// saves business rows and outbox rows in a single transaction, then runs the after-commit actions. Each module
/// derives its own marker interface (e.g. <c>ICatalogUnitOfWork</c>) so a handler always commits, and publishes
/// through, its own module's database.
/// </summary>
public interface IUnitOfWork
{
    /// <summary>Adds an integration event to the module's outbox; it is written by the next commit.</summary>
    void Publish(IIntegrationEvent integrationEvent);

    /// <summary>Runs <paramref name="action"/> once the current changes have committed (e.g. to enqueue a job).</summary>
    void AfterCommit(Action action);

    /// <summary>Saves everything in one transaction.</summary>
    Task CommitAsync(CancellationToken cancellationToken);
}
