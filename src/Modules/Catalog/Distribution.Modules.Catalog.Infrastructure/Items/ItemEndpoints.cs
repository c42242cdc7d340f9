using Distribution.BuildingBlocks.Application.Paging;
using Distribution.BuildingBlocks.Infrastructure.Web;
using Distribution.Modules.Catalog.Application.Items;
using Distribution.Modules.Catalog.Application.Items.CreateItem;
using Distribution.Modules.Catalog.Application.Items.GetItem;
using Distribution.Modules.Catalog.Application.Items.ListItems;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Distribution.Modules.Catalog.Infrastructure.Items;

/// <summary><c>/api/v1/items</c>: the item master.</summary>
internal static class ItemEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/items").WithTags("Items");

        group.MapPost("/", async Task<Created<ItemDto>> (CreateItemCommand command, HttpResponse response, ISender sender, CancellationToken ct) =>
            {
                var item = await sender.Send(command, ct);
                ETags.Set(response, item.Version);
                return TypedResults.Created($"/api/v1/items/{Uri.EscapeDataString(item.Sku)}", item);
            })
            .RequireScope(CatalogScopes.Write)
            .WithName("CreateItem")
            .WithSummary("Add an item (publishes catalog.item-created.v1)")
            .WithRequestExample(new CreateItemCommand("WID-1001", "Widget, stainless, 10 mm", "Demo item created from Swagger", "EA"))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/{sku}", async Task<Ok<ItemDto>> (string sku, HttpResponse response, ISender sender, CancellationToken ct) =>
            {
                var item = await sender.Send(new GetItemQuery(sku), ct);
                ETags.Set(response, item.Version);
                return TypedResults.Ok(item);
            })
            .RequireScope(CatalogScopes.Read)
            .WithName("GetItem")
            .WithSummary("One item by SKU")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/", async Task<Ok<CursorPage<ItemDto>>> (string? search, string? cursor, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListItemsQuery(search, cursor, limit), ct)))
            .RequireScope(CatalogScopes.Read)
            .WithName("ListItems")
            .WithSummary("Items by SKU, with search and cursor paging")
            .ProducesValidationProblem();
    }
}
