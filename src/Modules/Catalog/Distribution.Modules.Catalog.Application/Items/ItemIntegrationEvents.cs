using Distribution.Modules.Catalog.Contracts.Items;
using Distribution.Modules.Catalog.Domain.Items;

namespace Distribution.Modules.Catalog.Application.Items;

/// <summary>
/// What an item's domain events become on the wire. The domain-event handlers (one item per unit of work) and the
/// set-based catalog import (thousands of items per transaction) both publish through here.
/// </summary>
internal static class ItemIntegrationEvents
{
    public static ItemCreatedIntegrationEvent Created(ItemCreatedDomainEvent domainEvent) =>
        new(domainEvent.EventId, domainEvent.OccurredAtUtc, domainEvent.ItemId, domainEvent.Sku, domainEvent.Name, domainEvent.BaseUnit);

    /// <summary><paramref name="item"/> is the item as it is after the change (null if it is gone).</summary>
    public static ItemChangedIntegrationEvent Changed(ItemChangedDomainEvent domainEvent, Item? item) =>
        new(domainEvent.EventId, domainEvent.OccurredAtUtc, domainEvent.ItemId, domainEvent.Sku, item?.Name ?? string.Empty,
            item?.BaseUnit ?? string.Empty, item is null ? string.Empty : CatalogNames.Of(item.Status), domainEvent.Changes.ToList());
}
