using Distribution.BuildingBlocks.Infrastructure.Web;
using Distribution.Modules.Partners.Application.Suppliers;
using Distribution.Modules.Partners.Application.Suppliers.UpdateSupplier;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Distribution.Modules.Partners.Infrastructure.Suppliers;

internal static class UpdateSupplierEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPut("/{code}", async Task<Ok<SupplierDto>> (
                string code, SupplierChange change, HttpRequest request, HttpResponse response, ISender sender, CancellationToken ct) =>
            {
                var supplier = await sender.Send(new UpdateSupplierCommand(code, ETags.RequiredVersion(request), change.Name,
                    change.DropShipCapable, change.LeadTimeDays, change.MinimumOrder), ct);
                ETags.Set(response, supplier.Version);
                return TypedResults.Ok(supplier);
            })
            .RequireScope(PartnersScopes.Write)
            .WithName("UpdateSupplier")
            .WithSummary("Change a supplier (needs If-Match with the ETag from GET)")
            .WithDescription("The example suits the demo supplier S-2000 with If-Match \"1\" on a fresh demo hub.")
            .WithRequestExample(new SupplierChange("Acme Industrial Supply", true, 3, 500m))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}

/// <summary>A supplier's new state (PUT): every field but the code.</summary>
/// <param name="Name">Supplier name.</param>
/// <param name="DropShipCapable">Ships directly to customers.</param>
/// <param name="LeadTimeDays">Days from purchase order to shipment (0–365).</param>
/// <param name="MinimumOrder">Smallest purchase-order value accepted (0 for none).</param>
public sealed record SupplierChange(string Name, bool DropShipCapable, int LeadTimeDays, decimal MinimumOrder);
