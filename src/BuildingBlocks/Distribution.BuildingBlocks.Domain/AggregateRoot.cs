namespace Distribution.BuildingBlocks.Domain;

/// <summary>
/// The consistency boundary a command loads and saves as a whole. It collects domain events; the unit of work
/// dispatches them just before it commits, and the version column doubles as the ETag.
/// </summary>
public abstract class AggregateRoot<TId> : Entity<TId>, IHasDomainEvents, IVersioned
    where TId : notnull
{
    private readonly List<IDomainEvent> _domainEvents = [];

    /// <inheritdoc />
    public long Version { get; private set; }

    /// <inheritdoc />
    public IReadOnlyCollection<IDomainEvent> DomainEvents => _domainEvents.AsReadOnly();

    /// <inheritdoc />
    public void ClearDomainEvents() => _domainEvents.Clear();

    /// <inheritdoc />
    public void IncrementVersion() => Version++;

    /// <summary>Records an event to be handled when the unit of work commits.</summary>
    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);
}
