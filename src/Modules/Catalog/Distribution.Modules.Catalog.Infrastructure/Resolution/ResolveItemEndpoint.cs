using Distribution.BuildingBlocks.Infrastructure.Web;
using Distribution.Modules.Catalog.Contracts.Resolution;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Distribution.Modules.Catalog.Infrastructure.Resolution;

/// <summary><c>/api/v1/catalog/resolve</c>: the Contracts resolve query over HTTP.</summary>
internal static class ResolveItemEndpoint
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/catalog/resolve", async Task<Ok<ItemResolution>> (
                    string kind, string value, string? partnerId, string? unit, DateTime? at, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ResolveItemQuery(QueryEnums.Parse<ItemIdentifierKind>("kind", kind), value, partnerId, unit, at), ct)))
            .WithTags("Cross-references")
            .RequireScope(CatalogScopes.Read)
            .WithName("ResolveItem")
            .WithSummary("Which item a partner's number means, and base units per unit — or why it cannot be resolved")
            .WithDescription("kind: sku, gtin, upc, vendorPart (with partnerId: the supplier's cross-reference), buyerPart (needs partnerId), "
                + "manufacturerPart. Always 200: resolved=false carries failureCode (catalog.identifier-unknown, catalog.identifier-invalid, "
                + "catalog.partner-required, catalog.unit-unknown, catalog.uom-conversion-unknown). Try kind=vendorPart, value=FC-933-0840, "
                + "partnerId=SUP-FASTCO.")
            .ProducesValidationProblem();
    }
}
