using Distribution.BuildingBlocks.Application.Paging;
using Distribution.BuildingBlocks.Infrastructure.Web;
using Distribution.Modules.Catalog.Application.Items;
using Distribution.Modules.Catalog.Application.Items.AddItemIdentifier;
using Distribution.Modules.Catalog.Application.Items.ChangeItemStatus;
using Distribution.Modules.Catalog.Application.Items.CreateItem;
using Distribution.Modules.Catalog.Application.Items.GetItem;
using Distribution.Modules.Catalog.Application.Items.ListItems;
using Distribution.Modules.Catalog.Application.Items.ListUnits;
using Distribution.Modules.Catalog.Application.Items.RemoveItemIdentifier;
using Distribution.Modules.Catalog.Application.Items.RemoveItemSubstitute;
using Distribution.Modules.Catalog.Application.Items.SetItemAttribute;
using Distribution.Modules.Catalog.Application.Items.SetItemSubstitute;
using Distribution.Modules.Catalog.Domain.Items;
using Distribution.Modules.Catalog.Domain.Units;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Distribution.Modules.Catalog.Infrastructure.Items;

/// <summary><c>/api/v1/items</c>: the item master, its identifiers, status, substitutes and attributes.</summary>
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
            .WithRequestExample(CatalogExamples.CreateItem)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/{sku}", async Task<Ok<ItemDto>> (string sku, HttpResponse response, ISender sender, CancellationToken ct) =>
            {
                var item = await sender.Send(new GetItemQuery(sku), ct);
                ETags.Set(response, item.Version);
                return TypedResults.Ok(item);
            })
            .RequireScope(CatalogScopes.Read)
            .WithName("GetItem")
            .WithSummary("One item by SKU, with identifiers, packs, substitutes and attributes")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/", async Task<Ok<CursorPage<ItemDto>>> (string? search, string? cursor, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListItemsQuery(search, cursor, limit), ct)))
            .RequireScope(CatalogScopes.Read)
            .WithName("ListItems")
            .WithSummary("Items by SKU, with search and cursor paging")
            .ProducesValidationProblem();

        group.MapPut("/{sku}/status", async Task<Ok<ItemDto>> (string sku, ItemStatusChange change, HttpRequest request, HttpResponse response, ISender sender, CancellationToken ct) =>
                Respond(response, await sender.Send(new ChangeItemStatusCommand(sku, ETags.RequiredVersion(request), change.Status), ct)))
            .RequireScope(CatalogScopes.Write)
            .WithName("ChangeItemStatus")
            .WithSummary("Change an item's status (needs If-Match; publishes catalog.item-changed.v1 when it changes)")
            .WithRequestExample(CatalogExamples.ChangeStatus)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapPost("/{sku}/identifiers", async Task<Ok<ItemDto>> (string sku, IdentifierBody body, HttpResponse response, ISender sender, CancellationToken ct) =>
                Respond(response, await sender.Send(new AddItemIdentifierCommand(sku, body.Kind, body.Value, body.Unit), ct)))
            .RequireScope(CatalogScopes.Write)
            .WithName("AddItemIdentifier")
            .WithSummary("Add a GTIN, UPC or part number")
            .WithDescription("GTINs (8/12/13/14) and UPC-A need a valid check digit (422 catalog.identifier-invalid); one identifier names one item "
                + "(422 catalog.identifier-taken); a pack-level identifier needs that pack level (422 catalog.uom-conversion-unknown).")
            .WithRequestExample(CatalogExamples.AddIdentifier)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapDelete("/{sku}/identifiers/{kind}/{value}", async Task<Ok<ItemDto>> (string sku, string kind, string value, HttpResponse response, ISender sender, CancellationToken ct) =>
                Respond(response, await sender.Send(new RemoveItemIdentifierCommand(sku, QueryEnums.Parse<IdentifierKind>("kind", kind), value), ct)))
            .RequireScope(CatalogScopes.Write)
            .WithName("RemoveItemIdentifier")
            .WithSummary("Remove an identifier")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{sku}/substitutions", async Task<Ok<ItemDto>> (string sku, SubstituteBody body, HttpResponse response, ISender sender, CancellationToken ct) =>
                Respond(response, await sender.Send(new SetItemSubstituteCommand(sku, body.SubstituteSku, body.Priority, body.Reason), ct)))
            .RequireScope(CatalogScopes.Write)
            .WithName("SetItemSubstitute")
            .WithSummary("Add or change a substitute (priority 1 is offered first)")
            .WithRequestExample(CatalogExamples.SetSubstitute)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapDelete("/{sku}/substitutions/{substituteSku}", async Task<Ok<ItemDto>> (string sku, string substituteSku, HttpResponse response, ISender sender, CancellationToken ct) =>
                Respond(response, await sender.Send(new RemoveItemSubstituteCommand(sku, substituteSku), ct)))
            .RequireScope(CatalogScopes.Write)
            .WithName("RemoveItemSubstitute")
            .WithSummary("Remove a substitute")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{sku}/attributes/{name}", async Task<Ok<ItemDto>> (string sku, string name, AttributeBody body, HttpResponse response, ISender sender, CancellationToken ct) =>
                Respond(response, await sender.Send(new SetItemAttributeCommand(sku, name, body.Value, body.Source), ct)))
            .RequireScope(CatalogScopes.Write)
            .WithName("SetItemAttribute")
            .WithSummary("Set an attribute (survivorship: a lower-ranked source does not overwrite a higher-ranked one)")
            .WithRequestExample(CatalogExamples.SetAttribute)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/catalog/units", async Task<Ok<IReadOnlyList<UnitDto>>> (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListUnitsQuery(), ct)))
            .WithTags("Items")
            .RequireScope(CatalogScopes.Read)
            .WithName("ListUnits")
            .WithSummary("The units of measure the catalog knows")
            .WithResponseMaxItems(UnitsOfMeasure.MaxCount);
    }

    private static Ok<ItemDto> Respond(HttpResponse response, ItemDto item)
    {
        ETags.Set(response, item.Version);
        return TypedResults.Ok(item);
    }
}

/// <summary>A new status.</summary>
/// <param name="Status">active, discontinued or inactive.</param>
public sealed record ItemStatusChange(ItemStatus Status);

/// <summary>An identifier to add.</summary>
/// <param name="Kind">gtin, upc, manufacturerPart or vendorPart.</param>
/// <param name="Value">The identifier.</param>
/// <param name="Unit">The unit it identifies (default the base unit).</param>
public sealed record IdentifierBody(IdentifierKind Kind, string Value, string? Unit);

/// <summary>A substitute.</summary>
/// <param name="SubstituteSku">The substitute's SKU.</param>
/// <param name="Priority">1–99, 1 offered first.</param>
/// <param name="Reason">equivalent, upgrade, replacement or outOfStock.</param>
public sealed record SubstituteBody(string SubstituteSku, int Priority, SubstitutionReason Reason);

/// <summary>An attribute value.</summary>
/// <param name="Value">The value.</param>
/// <param name="Source">The supplying system (erp, pim, supplier…).</param>
public sealed record AttributeBody(string Value, string Source);
