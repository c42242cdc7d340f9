using Distribution.BuildingBlocks.Infrastructure.Web;
using Distribution.Modules.Partners.Application.Customers;
using Distribution.Modules.Partners.Application.Customers.UpdateCustomer;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Distribution.Modules.Partners.Infrastructure.Customers;

internal static class UpdateCustomerEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPut("/{accountNumber}", async Task<Ok<CustomerDto>> (
                string accountNumber, CustomerChange change, HttpRequest request, HttpResponse response, ISender sender, CancellationToken ct) =>
            {
                var customer = await sender.Send(new UpdateCustomerCommand(accountNumber, ETags.RequiredVersion(request), change.Name,
                    change.Status, change.ParentAccountNumber, change.ShipTos, change.CreditLimit, change.PaymentTerms), ct);
                ETags.Set(response, customer.Version);
                return TypedResults.Ok(customer);
            })
            .RequireScope(PartnersScopes.Write)
            .WithName("UpdateCustomer")
            .WithSummary("Change a customer (needs If-Match with the ETag from GET)")
            .WithDescription("The example suits the demo customer C-1000 with If-Match \"1\" on a fresh demo hub.")
            .WithRequestExample(new CustomerChange("Northwind Traders (buying group)", "on-hold", null,
                [new ShipToAddressDto("DC1", "Northwind distribution centre", "400 Commerce Way", null, "Columbus", "OH", "43004", "US")],
                50000m, "NET45"))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}

/// <summary>A customer's new state (PUT): every field but the account number.</summary>
/// <param name="Name">Account name.</param>
/// <param name="Status"><c>active</c>, <c>on-hold</c> or <c>closed</c> (a closed account stays closed).</param>
/// <param name="ParentAccountNumber">Parent account, if any.</param>
/// <param name="ShipTos">Delivery addresses (the whole list).</param>
/// <param name="CreditLimit">Credit limit.</param>
/// <param name="PaymentTerms">Payment terms code, e.g. <c>NET30</c>.</param>
public sealed record CustomerChange(
    string Name, string Status, string? ParentAccountNumber, IReadOnlyList<ShipToAddressDto>? ShipTos, decimal CreditLimit, string PaymentTerms);
