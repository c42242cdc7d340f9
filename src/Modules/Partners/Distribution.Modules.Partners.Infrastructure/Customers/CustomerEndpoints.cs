using Distribution.BuildingBlocks.Infrastructure.Web;
using Distribution.Modules.Partners.Application;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Distribution.Modules.Partners.Infrastructure.Customers;

/// <summary><c>/api/v1/customers</c>: customer accounts; a customer's key sees only its own account.</summary>
internal static class CustomerEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/customers").WithTags("Customers").TenantScoped(PartnerKinds.Customer);
        CreateCustomerEndpoint.Map(group);
        GetCustomerEndpoint.Map(group);
        ListCustomersEndpoint.Map(group);
        UpdateCustomerEndpoint.Map(group);
    }
}
