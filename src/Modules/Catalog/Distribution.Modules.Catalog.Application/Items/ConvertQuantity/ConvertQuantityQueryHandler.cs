using Distribution.Modules.Catalog.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Catalog.Application.Items.ConvertQuantity;

internal sealed class ConvertQuantityQueryHandler(IItemRepository items) : IQueryHandler<ConvertQuantityQuery, UnitConversionDto>
{
    public async ValueTask<UnitConversionDto> Handle(ConvertQuantityQuery query, CancellationToken cancellationToken)
    {
        var item = await items.ReadAsync(query.Sku, cancellationToken);
        var conversion = item.Convert(query.Quantity, query.FromUnit.ToUpperInvariant(), query.ToUnit.ToUpperInvariant());
        return new UnitConversionDto(item.Sku, conversion.Quantity, conversion.FromUnit, conversion.Result, conversion.ToUnit, conversion.Exact);
    }
}
