using Distribution.BuildingBlocks.Infrastructure.Web;
using Distribution.Modules.Partners.Application.Suppliers;
using Distribution.Modules.Partners.Application.Suppliers.CreateSupplier;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Distribution.Modules.Partners.Infrastructure.Suppliers;

internal static class CreateSupplierEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/", async Task<Created<SupplierDto>> (CreateSupplierCommand command, HttpResponse response, ISender sender, CancellationToken ct) =>
            {
                var supplier = await sender.Send(command, ct);
                ETags.Set(response, supplier.Version);
                return TypedResults.Created($"/api/v1/suppliers/{Uri.EscapeDataString(supplier.Code)}", supplier);
            })
            .RequireScope(PartnersScopes.Write)
            .WithName("CreateSupplier")
            .WithSummary("Create a supplier")
            .WithRequestExample(new CreateSupplierCommand("S-3001", "Prairie Fasteners", true, 4, 250m))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
