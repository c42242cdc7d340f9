namespace Distribution.BuildingBlocks.Domain;

/// <summary>Base record for domain events: a fresh id and the time the aggregate raised it.</summary>
public abstract record DomainEvent(DateTime OccurredAtUtc) : IDomainEvent
{
    /// <inheritdoc />
    public Guid EventId { get; init; } = Guid.CreateVersion7();
}
