using Distribution.BuildingBlocks.Application.Paging;
using Distribution.BuildingBlocks.Infrastructure.Web;
using Distribution.Modules.Catalog.Application.CrossReferences;
using Distribution.Modules.Catalog.Application.CrossReferences.CreateCrossReference;
using Distribution.Modules.Catalog.Application.CrossReferences.EndCrossReference;
using Distribution.Modules.Catalog.Application.CrossReferences.GetCrossReference;
using Distribution.Modules.Catalog.Application.CrossReferences.ListCrossReferences;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Distribution.Modules.Catalog.Infrastructure.CrossReferences;

/// <summary><c>/api/v1/cross-references</c>: supplier SKUs and customer part numbers, effective-dated.</summary>
internal static class CrossReferenceEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/cross-references").WithTags("Cross-references");

        group.MapGet("/", async Task<Ok<CursorPage<CrossReferenceDto>>> (string? partnerId, string? sku, string? cursor, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListCrossReferencesQuery(partnerId, sku, cursor, limit), ct)))
            .RequireScope(CatalogScopes.Write)
            .WithName("ListCrossReferences")
            .WithSummary("Cross-references, by partner or item, with cursor paging")
            .ProducesValidationProblem();

        group.MapGet("/{id:guid}", async Task<Ok<CrossReferenceDto>> (Guid id, HttpResponse response, ISender sender, CancellationToken ct) =>
                Respond(response, await sender.Send(new GetCrossReferenceQuery(id), ct)))
            .RequireScope(CatalogScopes.Write)
            .WithName("GetCrossReference")
            .WithSummary("One cross-reference (with its ETag)")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async Task<Created<CrossReferenceDto>> (CreateCrossReferenceCommand command, HttpResponse response, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(command, ct);
                ETags.Set(response, created.Version);
                return TypedResults.Created($"/api/v1/cross-references/{created.Id}", created);
            })
            .RequireScope(CatalogScopes.Write)
            .WithName("CreateCrossReference")
            .WithSummary("Map a supplier SKU or customer part number to an item, for a period")
            .WithDescription("Periods of one partner's number never overlap (422 catalog.cross-reference-overlap); the partner unit must be known.")
            .WithRequestExample(CatalogExamples.CreateCrossReference)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/end", async Task<Ok<CrossReferenceDto>> (Guid id, CrossReferenceEnd body, HttpRequest request, HttpResponse response, ISender sender, CancellationToken ct) =>
                Respond(response, await sender.Send(new EndCrossReferenceCommand(id, ETags.RequiredVersion(request), body.ValidToUtc), ct)))
            .RequireScope(CatalogScopes.Write)
            .WithName("EndCrossReference")
            .WithSummary("End a cross-reference's validity (needs If-Match)")
            .WithRequestExample(CatalogExamples.EndCrossReference)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }

    private static Ok<CrossReferenceDto> Respond(HttpResponse response, CrossReferenceDto dto)
    {
        ETags.Set(response, dto.Version);
        return TypedResults.Ok(dto);
    }
}

/// <summary>When a cross-reference stops being valid.</summary>
/// <param name="ValidToUtc">The end (UTC, exclusive).</param>
public sealed record CrossReferenceEnd(DateTime ValidToUtc);
