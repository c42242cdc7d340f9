using Distribution.BuildingBlocks.Application.Paging;
using Distribution.BuildingBlocks.Application.Tenancy;
using Distribution.Modules.Partners.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Partners.Application.Customers.ListCustomers;

internal sealed class ListCustomersQueryHandler(ICustomerRepository customers, ITenantContext tenant)
    : IQueryHandler<ListCustomersQuery, CursorPage<CustomerDto>>
{
    public async ValueTask<CursorPage<CustomerDto>> Handle(ListCustomersQuery query, CancellationToken cancellationToken)
    {
        var limit = Cursor.Limit(query.Limit);
        var search = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim();
        var page = await customers.ListAsync(Cursor.Decode(query.Cursor), search, tenant.OnlyVisibleOwner(PartnerKinds.Customer),
            limit + 1, cancellationToken);
        var items = page.Take(limit).Select(CustomerDto.From).ToList();
        return new CursorPage<CustomerDto>(items, page.Count > limit ? Cursor.Encode(items[^1].AccountNumber) : null);
    }
}
