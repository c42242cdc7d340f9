using Distribution.BuildingBlocks.Application.Errors;
using Distribution.BuildingBlocks.Application.Tenancy;
using Distribution.Modules.Partners.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Partners.Application.Suppliers.GetSupplier;

internal sealed class GetSupplierQueryHandler(ISupplierRepository suppliers, ITenantContext tenant) : IQueryHandler<GetSupplierQuery, SupplierDto>
{
    public async ValueTask<SupplierDto> Handle(GetSupplierQuery query, CancellationToken cancellationToken)
    {
        tenant.EnsureCanSee(PartnerKinds.Supplier, query.Code, "Supplier", query.Code);
        var supplier = await suppliers.GetAsync(query.Code, cancellationToken) ?? throw new NotFoundException("Supplier", query.Code);
        return SupplierDto.From(supplier);
    }
}
