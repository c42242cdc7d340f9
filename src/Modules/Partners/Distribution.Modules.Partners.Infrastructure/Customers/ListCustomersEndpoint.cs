using Distribution.BuildingBlocks.Application.Paging;
using Distribution.BuildingBlocks.Infrastructure.Web;
using Distribution.Modules.Partners.Application.Customers;
using Distribution.Modules.Partners.Application.Customers.ListCustomers;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Distribution.Modules.Partners.Infrastructure.Customers;

internal static class ListCustomersEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", async Task<Ok<CursorPage<CustomerDto>>> (string? search, string? cursor, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListCustomersQuery(search, cursor, limit), ct)))
            .RequireScope(PartnersScopes.Read)
            .WithName("ListCustomers")
            .WithSummary("Customers by account number, with search and cursor paging")
            .ProducesValidationProblem();
}
