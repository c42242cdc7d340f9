using Distribution.BuildingBlocks.Application.Events;

namespace Distribution.Modules.Catalog.Contracts.Items;

/// <summary><c>catalog.item-changed.v1</c>: an existing item really changed (a load of the same values raises none).</summary>
/// <param name="EventId">Event id (webhook-id).</param>
/// <param name="OccurredAtUtc">When it changed.</param>
/// <param name="ItemId">The item's id.</param>
/// <param name="Sku">Its SKU.</param>
/// <param name="Name">Its name now.</param>
/// <param name="BaseUnit">Its base unit.</param>
/// <param name="Status">Its status now (active, discontinued, inactive).</param>
/// <param name="Changes">What changed: details, status, identifiers, packs, substitutions, attributes.</param>
[IntegrationEventType("catalog.item-changed.v1")]
public sealed record ItemChangedIntegrationEvent(
    Guid EventId, DateTime OccurredAtUtc, Guid ItemId, string Sku, string Name, string BaseUnit, string Status, IReadOnlyList<string> Changes)
    : IIntegrationEvent;
