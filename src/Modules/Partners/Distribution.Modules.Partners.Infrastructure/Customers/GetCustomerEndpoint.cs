using Distribution.BuildingBlocks.Infrastructure.Web;
using Distribution.Modules.Partners.Application.Customers;
using Distribution.Modules.Partners.Application.Customers.GetCustomer;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Distribution.Modules.Partners.Infrastructure.Customers;

internal static class GetCustomerEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{accountNumber}", async Task<Ok<CustomerDto>> (string accountNumber, HttpResponse response, ISender sender, CancellationToken ct) =>
            {
                var customer = await sender.Send(new GetCustomerQuery(accountNumber), ct);
                ETags.Set(response, customer.Version);
                return TypedResults.Ok(customer);
            })
            .RequireScope(PartnersScopes.Read)
            .WithName("GetCustomer")
            .WithSummary("One customer by account number (with its ETag)")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
