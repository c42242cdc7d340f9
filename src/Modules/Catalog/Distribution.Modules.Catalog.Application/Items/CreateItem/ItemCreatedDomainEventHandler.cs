using Distribution.BuildingBlocks.Application.Events;
using Distribution.Modules.Catalog.Application.Abstractions;
using Distribution.Modules.Catalog.Domain.Items;

namespace Distribution.Modules.Catalog.Application.Items.CreateItem;

/// <summary>Tells the other modules and partners: publishes <c>catalog.item-created.v1</c> in the same transaction.</summary>
internal sealed class ItemCreatedDomainEventHandler(ICatalogUnitOfWork unitOfWork) : IDomainEventHandler<ItemCreatedDomainEvent>
{
    public Task HandleAsync(ItemCreatedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        unitOfWork.Publish(ItemIntegrationEvents.Created(domainEvent));
        return Task.CompletedTask;
    }
}
