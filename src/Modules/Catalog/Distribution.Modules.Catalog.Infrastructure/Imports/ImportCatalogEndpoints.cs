using Distribution.BuildingBlocks.Application.Paging;
using Distribution.BuildingBlocks.Infrastructure.Web;
using Distribution.Modules.Catalog.Application.Imports;
using Distribution.Modules.Catalog.Application.Imports.GetImport;
using Distribution.Modules.Catalog.Application.Imports.ImportCatalog;
using Distribution.Modules.Catalog.Application.Imports.ListImportRows;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Distribution.Modules.Catalog.Infrastructure.Imports;

/// <summary><c>/api/v1/catalog/imports</c>: bulk item loads (CSV or JSON batch) with per-row results.</summary>
internal static class ImportCatalogEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/catalog/imports").WithTags("Catalog imports");

        group.MapPost("/", async Task<Results<Created<ImportDto>, Ok<ImportDto>>> (HttpRequest request, string? source, string? fileName, ISender sender, CancellationToken ct) =>
            {
                var format = request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) == true ? "csv"
                    : request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true ? "json"
                    : request.ContentType ?? "none";
                using var buffer = new MemoryStream();
                await request.Body.CopyToAsync(buffer, ct);
                var import = await sender.Send(new ImportCatalogCommand(format, buffer.ToArray(), source, fileName), ct);
                return import.AlreadyApplied
                    ? TypedResults.Ok(import)
                    : TypedResults.Created($"/api/v1/catalog/imports/{import.Id}", import);
            })
            .Accepts<ItemBatch>("application/json", "text/csv")
            .RequireScope(CatalogScopes.Write)
            .WithName("ImportCatalog")
            .WithSummary("Load items from a CSV file or a JSON batch (201 with per-row results; 200 with the first import's results when the same file comes again)")
            .WithDescription("CSV: a header row with sku,name,description,baseUnit,status,gtin,upc,manufacturerPart,packs (packs like 'CA=12 EA; PL=40 CA'); "
                + "pass source and fileName as query parameters. JSON: { source, fileName, items: [...] }. Rows failing validation are quarantined "
                + "as master-data issues; item-created / item-changed events are published only for real changes.")
            .WithRequestExample(CatalogExamples.Import)
            .ProducesValidationProblem();

        group.MapGet("/{id:guid}", async Task<Ok<ImportDto>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetImportQuery(id), ct)))
            .RequireScope(CatalogScopes.Write)
            .WithName("GetImport")
            .WithSummary("One import with its first 1,000 row results")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}/rows", async Task<Ok<CursorPage<ImportRowDto>>> (Guid id, string? cursor, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListImportRowsQuery(id, cursor, limit), ct)))
            .RequireScope(CatalogScopes.Write)
            .WithName("ListImportRows")
            .WithSummary("All row results of an import, in row order")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
