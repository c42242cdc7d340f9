using Distribution.Modules.Catalog.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Catalog.Application.Items.GetUomConversions;

internal sealed class GetUomConversionsQueryHandler(IItemRepository items) : IQueryHandler<GetUomConversionsQuery, UomConversionsDto>
{
    public async ValueTask<UomConversionsDto> Handle(GetUomConversionsQuery query, CancellationToken cancellationToken) =>
        UomConversionsDto.From(await items.ReadAsync(query.Sku, cancellationToken));
}
