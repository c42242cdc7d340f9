using Distribution.BuildingBlocks.Application.Errors;
using Distribution.Modules.Catalog.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Catalog.Application.Items.RemoveItemIdentifier;

internal sealed class RemoveItemIdentifierCommandHandler(IItemRepository items, ICatalogUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<RemoveItemIdentifierCommand, ItemDto>
{
    public async ValueTask<ItemDto> Handle(RemoveItemIdentifierCommand command, CancellationToken cancellationToken)
    {
        var item = await items.GetAsync(command.Sku, cancellationToken);
        if (!item.RemoveIdentifier(command.Kind, command.Value, clock.GetUtcNow().UtcDateTime))
        {
            throw new NotFoundException("Identifier", command.Value);
        }

        await unitOfWork.CommitAsync(cancellationToken);
        return ItemDto.From(item);
    }
}
