using Distribution.BuildingBlocks.Infrastructure.Web;
using Distribution.Modules.Catalog.Application.Items;
using Distribution.Modules.Catalog.Application.Items.ConvertQuantity;
using Distribution.Modules.Catalog.Application.Items.GetUomConversions;
using Distribution.Modules.Catalog.Application.Items.RemovePackConversion;
using Distribution.Modules.Catalog.Application.Items.SetPackConversion;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Distribution.Modules.Catalog.Infrastructure.Items;

/// <summary><c>/api/v1/items/{sku}/uom-conversions</c>: pack levels and exact quantity conversion.</summary>
internal static class UomConversionEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/items/{sku}/uom-conversions").WithTags("Units and packs");

        group.MapGet("/", async Task<Ok<UomConversionsDto>> (string sku, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetUomConversionsQuery(sku), ct)))
            .RequireScope(CatalogScopes.Read)
            .WithName("GetUomConversions")
            .WithSummary("An item's pack levels and the factor of each unit to the base unit")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/", async Task<Ok<UomConversionsDto>> (string sku, PackBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SetPackConversionCommand(sku, body.FromUnit, body.Quantity, body.ToUnit), ct)))
            .RequireScope(CatalogScopes.Write)
            .WithName("SetPackConversion")
            .WithSummary("Set a pack level: 1 fromUnit = quantity toUnit")
            .WithDescription("Units must be known (422 catalog.unit-unknown); a level contradicting the others is refused (422 catalog.pack-conversion-inconsistent).")
            .WithRequestExample(CatalogExamples.SetPack)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapDelete("/{fromUnit}/{toUnit}", async Task<Ok<UomConversionsDto>> (string sku, string fromUnit, string toUnit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RemovePackConversionCommand(sku, fromUnit, toUnit), ct)))
            .RequireScope(CatalogScopes.Write)
            .WithName("RemovePackConversion")
            .WithSummary("Remove a pack level (refused while an identifier depends on it)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/convert", async Task<Ok<UnitConversionDto>> (string sku, decimal quantity, string from, string to, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ConvertQuantityQuery(sku, quantity, from, to), ct)))
            .RequireScope(CatalogScopes.Read)
            .WithName("ConvertQuantity")
            .WithSummary("Convert a quantity between two units of the item (exact; 422 catalog.uom-conversion-unknown when they do not connect)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}

/// <summary>A pack level: 1 <c>fromUnit</c> = <c>quantity</c> <c>toUnit</c>.</summary>
/// <param name="FromUnit">The larger unit (e.g. PL).</param>
/// <param name="Quantity">How many <paramref name="ToUnit"/> it holds (e.g. 40).</param>
/// <param name="ToUnit">The smaller unit (e.g. CA).</param>
public sealed record PackBody(string FromUnit, decimal Quantity, string ToUnit);
