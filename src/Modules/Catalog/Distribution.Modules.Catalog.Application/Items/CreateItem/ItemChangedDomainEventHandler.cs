using Distribution.BuildingBlocks.Application.Events;
using Distribution.Modules.Catalog.Application.Abstractions;
using Distribution.Modules.Catalog.Domain.Items;

namespace Distribution.Modules.Catalog.Application.Items.CreateItem;

/// <summary>Publishes <c>catalog.item-changed.v1</c> in the same transaction as the change.</summary>
internal sealed class ItemChangedDomainEventHandler(ICatalogUnitOfWork unitOfWork, IItemRepository items) : IDomainEventHandler<ItemChangedDomainEvent>
{
    public async Task HandleAsync(ItemChangedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        // The item is tracked by this unit of work: its current (uncommitted) state, without a query.
        var item = items.Tracked(domainEvent.ItemId) ?? await items.ReadByIdAsync(domainEvent.ItemId, cancellationToken);
        unitOfWork.Publish(ItemIntegrationEvents.Changed(domainEvent, item));
    }
}
