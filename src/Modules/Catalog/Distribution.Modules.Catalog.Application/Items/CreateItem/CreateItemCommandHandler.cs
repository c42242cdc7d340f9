using Distribution.BuildingBlocks.Application.Errors;
using Distribution.Modules.Catalog.Application.Abstractions;
using Distribution.Modules.Catalog.Domain.Items;
using MapsterMapper;
using Mediator;

namespace Distribution.Modules.Catalog.Application.Items.CreateItem;

internal sealed class CreateItemCommandHandler(IItemRepository items, ICatalogUnitOfWork unitOfWork, IMapper mapper, TimeProvider clock)
    : ICommandHandler<CreateItemCommand, ItemDto>
{
    public async ValueTask<ItemDto> Handle(CreateItemCommand command, CancellationToken cancellationToken)
    {
        if (await items.SkuExistsAsync(command.Sku, cancellationToken))
        {
            throw new ConflictException("catalog.sku-taken", $"An item with SKU '{command.Sku}' already exists.");
        }

        var item = Item.Create(command.Sku, command.Name, command.Description, command.BaseUnit, clock.GetUtcNow().UtcDateTime);
        items.Add(item);
        await unitOfWork.CommitAsync(cancellationToken);
        return mapper.Map<ItemDto>(item);
    }
}
