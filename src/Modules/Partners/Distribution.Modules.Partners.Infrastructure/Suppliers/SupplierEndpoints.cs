using Distribution.BuildingBlocks.Infrastructure.Web;
using Distribution.Modules.Partners.Application;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Distribution.Modules.Partners.Infrastructure.Suppliers;

/// <summary><c>/api/v1/suppliers</c>: suppliers; a supplier's key sees only its own record.</summary>
internal static class SupplierEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/suppliers").WithTags("Suppliers").TenantScoped(PartnerKinds.Supplier);
        CreateSupplierEndpoint.Map(group);
        GetSupplierEndpoint.Map(group);
        ListSuppliersEndpoint.Map(group);
        UpdateSupplierEndpoint.Map(group);
    }
}
