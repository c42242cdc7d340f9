using Distribution.BuildingBlocks.Infrastructure.Web;
using Distribution.Modules.Partners.Application.Customers;
using Distribution.Modules.Partners.Application.Customers.CreateCustomer;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Distribution.Modules.Partners.Infrastructure.Customers;

internal static class CreateCustomerEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/", async Task<Created<CustomerDto>> (CreateCustomerCommand command, HttpResponse response, ISender sender, CancellationToken ct) =>
            {
                var customer = await sender.Send(command, ct);
                ETags.Set(response, customer.Version);
                return TypedResults.Created($"/api/v1/customers/{Uri.EscapeDataString(customer.AccountNumber)}", customer);
            })
            .RequireScope(PartnersScopes.Write)
            .WithName("CreateCustomer")
            .WithSummary("Create a customer account")
            .WithRequestExample(new CreateCustomerCommand("C-2001", "Lakeside Hardware", "active", "C-1000",
                [new ShipToAddressDto("MAIN", "Lakeside Hardware store", "12 Harbour Road", null, "Duluth", "MN", "55802", "US")],
                25000m, "NET30"))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
