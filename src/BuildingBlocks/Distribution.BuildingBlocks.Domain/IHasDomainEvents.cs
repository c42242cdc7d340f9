namespace Distribution.BuildingBlocks.Domain;

/// <summary>An aggregate that has raised events not yet dispatched.</summary>
public interface IHasDomainEvents
{
    /// <summary>Events raised since the aggregate was loaded.</summary>
    IReadOnlyCollection<IDomainEvent> DomainEvents { get; }

    /// <summary>Forgets the events once they have been dispatched.</summary>
    void ClearDomainEvents();
}
