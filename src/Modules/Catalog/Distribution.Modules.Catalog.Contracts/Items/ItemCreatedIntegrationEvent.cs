using Distribution.BuildingBlocks.Application.Events;

namespace Distribution.Modules.Catalog.Contracts.Items;

/// <summary><c>catalog.item-created.v1</c>: a new item exists in the catalog.</summary>
/// <param name="EventId">Event id (webhook-id).</param>
/// <param name="OccurredAtUtc">When the item was created.</param>
/// <param name="ItemId">The item's id.</param>
/// <param name="Sku">Its SKU.</param>
/// <param name="Name">Its name.</param>
/// <param name="BaseUnit">Its base unit.</param>
[IntegrationEventType("catalog.item-created.v1")]
public sealed record ItemCreatedIntegrationEvent(Guid EventId, DateTime OccurredAtUtc, Guid ItemId, string Sku, string Name, string BaseUnit)
    : IIntegrationEvent;
