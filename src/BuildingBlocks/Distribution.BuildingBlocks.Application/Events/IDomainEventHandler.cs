using Distribution.BuildingBlocks.Domain;

namespace Distribution.BuildingBlocks.Application.Events;

/// <summary>
/// Reacts in-process to a domain event while the unit of work commits, typically by adding an integration event
/// to the module's outbox. Runs before the single SaveChanges, so what it writes commits with the change.
/// </summary>
public interface IDomainEventHandler<in TEvent>
    where TEvent : IDomainEvent
{
    /// <summary>Handles the event.</summary>
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
