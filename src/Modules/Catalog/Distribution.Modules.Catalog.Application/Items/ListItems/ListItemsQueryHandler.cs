using Distribution.BuildingBlocks.Application.Paging;
using Distribution.Modules.Catalog.Application.Abstractions;
using MapsterMapper;
using Mediator;

namespace Distribution.Modules.Catalog.Application.Items.ListItems;

internal sealed class ListItemsQueryHandler(IItemRepository items, IMapper mapper) : IQueryHandler<ListItemsQuery, CursorPage<ItemDto>>
{
    public async ValueTask<CursorPage<ItemDto>> Handle(ListItemsQuery query, CancellationToken cancellationToken)
    {
        var limit = Cursor.Limit(query.Limit);
        var page = await items.ListAsync(Cursor.Decode(query.Cursor), query.Search, limit + 1, cancellationToken);
        var dtos = page.Take(limit).Select(mapper.Map<ItemDto>).ToList();
        return new CursorPage<ItemDto>(dtos, page.Count > limit ? Cursor.Encode(dtos[^1].Sku) : null);
    }
}
