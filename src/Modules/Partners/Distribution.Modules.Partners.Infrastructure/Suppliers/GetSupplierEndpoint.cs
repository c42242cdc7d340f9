using Distribution.BuildingBlocks.Infrastructure.Web;
using Distribution.Modules.Partners.Application.Suppliers;
using Distribution.Modules.Partners.Application.Suppliers.GetSupplier;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Distribution.Modules.Partners.Infrastructure.Suppliers;

internal static class GetSupplierEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{code}", async Task<Ok<SupplierDto>> (string code, HttpResponse response, ISender sender, CancellationToken ct) =>
            {
                var supplier = await sender.Send(new GetSupplierQuery(code), ct);
                ETags.Set(response, supplier.Version);
                return TypedResults.Ok(supplier);
            })
            .RequireScope(PartnersScopes.Read)
            .WithName("GetSupplier")
            .WithSummary("One supplier by code (with its ETag)")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
