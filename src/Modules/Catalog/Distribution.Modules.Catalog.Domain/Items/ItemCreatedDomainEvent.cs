using Distribution.BuildingBlocks.Domain;

namespace Distribution.Modules.Catalog.Domain.Items;

/// <summary>An item was added to the catalog.</summary>
public sealed record ItemCreatedDomainEvent(Guid ItemId, string Sku, string Name, string BaseUnit, DateTime OccurredAtUtc)
    : DomainEvent(OccurredAtUtc);
