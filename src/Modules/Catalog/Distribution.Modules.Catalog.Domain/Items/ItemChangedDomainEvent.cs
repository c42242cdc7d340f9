using Distribution.BuildingBlocks.Domain;

namespace Distribution.Modules.Catalog.Domain.Items;

/// <summary>An existing item changed; <see cref="Changes"/> names what (one event per commit, however many changes).</summary>
public sealed record ItemChangedDomainEvent(Guid ItemId, string Sku, IReadOnlyList<string> Changes, DateTime OccurredAtUtc)
    : DomainEvent(OccurredAtUtc);
