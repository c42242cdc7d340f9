namespace Distribution.BuildingBlocks.Domain;

/// <summary>Something that happened inside one aggregate; handled in-process before the unit of work commits.</summary>
public interface IDomainEvent
{
    /// <summary>Unique id of this occurrence.</summary>
    Guid EventId { get; }

    /// <summary>When it happened (UTC).</summary>
    DateTime OccurredAtUtc { get; }
}
