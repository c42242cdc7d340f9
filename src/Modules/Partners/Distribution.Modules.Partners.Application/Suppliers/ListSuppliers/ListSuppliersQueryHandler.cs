using Distribution.BuildingBlocks.Application.Paging;
using Distribution.BuildingBlocks.Application.Tenancy;
using Distribution.Modules.Partners.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Partners.Application.Suppliers.ListSuppliers;

internal sealed class ListSuppliersQueryHandler(ISupplierRepository suppliers, ITenantContext tenant)
    : IQueryHandler<ListSuppliersQuery, CursorPage<SupplierDto>>
{
    public async ValueTask<CursorPage<SupplierDto>> Handle(ListSuppliersQuery query, CancellationToken cancellationToken)
    {
        var limit = Cursor.Limit(query.Limit);
        var search = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim();
        var page = await suppliers.ListAsync(Cursor.Decode(query.Cursor), search, query.DropShipCapable,
            tenant.OnlyVisibleOwner(PartnerKinds.Supplier), limit + 1, cancellationToken);
        var items = page.Take(limit).Select(SupplierDto.From).ToList();
        return new CursorPage<SupplierDto>(items, page.Count > limit ? Cursor.Encode(items[^1].Code) : null);
    }
}
