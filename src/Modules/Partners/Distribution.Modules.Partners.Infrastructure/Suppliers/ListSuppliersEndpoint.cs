using Distribution.BuildingBlocks.Application.Paging;
using Distribution.BuildingBlocks.Infrastructure.Web;
using Distribution.Modules.Partners.Application.Suppliers;
using Distribution.Modules.Partners.Application.Suppliers.ListSuppliers;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Distribution.Modules.Partners.Infrastructure.Suppliers;

internal static class ListSuppliersEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", async Task<Ok<CursorPage<SupplierDto>>> (
                string? search, bool? dropShipCapable, string? cursor, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListSuppliersQuery(search, dropShipCapable, cursor, limit), ct)))
            .RequireScope(PartnersScopes.Read)
            .WithName("ListSuppliers")
            .WithSummary("Suppliers by code, with search, drop-ship filter and cursor paging")
            .ProducesValidationProblem();
}
