using Distribution.BuildingBlocks.Application.Errors;
using Distribution.Modules.Catalog.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Catalog.Application.Items.ChangeItemStatus;

internal sealed class ChangeItemStatusCommandHandler(IItemRepository items, ICatalogUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<ChangeItemStatusCommand, ItemDto>
{
    public async ValueTask<ItemDto> Handle(ChangeItemStatusCommand command, CancellationToken cancellationToken)
    {
        var item = await items.GetAsync(command.Sku, cancellationToken);
        if (item.Version != command.ExpectedVersion)
        {
            throw PreconditionException.Failed();
        }

        if (item.ChangeStatus(command.Status, clock.GetUtcNow().UtcDateTime))
        {
            await unitOfWork.CommitAsync(cancellationToken);
        }

        return ItemDto.From(item);
    }
}
