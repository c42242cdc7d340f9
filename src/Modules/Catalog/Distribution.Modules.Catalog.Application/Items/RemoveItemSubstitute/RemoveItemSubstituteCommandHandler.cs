using Distribution.BuildingBlocks.Application.Errors;
using Distribution.Modules.Catalog.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Catalog.Application.Items.RemoveItemSubstitute;

internal sealed class RemoveItemSubstituteCommandHandler(IItemRepository items, ICatalogUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<RemoveItemSubstituteCommand, ItemDto>
{
    public async ValueTask<ItemDto> Handle(RemoveItemSubstituteCommand command, CancellationToken cancellationToken)
    {
        var item = await items.GetAsync(command.Sku, cancellationToken);
        if (!item.RemoveSubstitute(command.SubstituteSku, clock.GetUtcNow().UtcDateTime))
        {
            throw new NotFoundException("Substitute", command.SubstituteSku);
        }

        await unitOfWork.CommitAsync(cancellationToken);
        return ItemDto.From(item);
    }
}
