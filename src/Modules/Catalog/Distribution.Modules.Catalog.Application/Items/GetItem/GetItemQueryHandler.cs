using Distribution.BuildingBlocks.Application.Errors;
using Distribution.Modules.Catalog.Application.Abstractions;
using MapsterMapper;
using Mediator;

namespace Distribution.Modules.Catalog.Application.Items.GetItem;

internal sealed class GetItemQueryHandler(IItemRepository items, IMapper mapper) : IQueryHandler<GetItemQuery, ItemDto>
{
    public async ValueTask<ItemDto> Handle(GetItemQuery query, CancellationToken cancellationToken) =>
        mapper.Map<ItemDto>(await items.FindBySkuAsync(query.Sku, cancellationToken) ?? throw new NotFoundException("Item", query.Sku));
}
