namespace Distribution.Modules.Catalog.Application.Imports;

/// <summary>One item in a bulk load (a CSV row or a JSON batch element). Empty optional fields change nothing.</summary>
/// <param name="Sku">SKU (creates the item when new, updates it otherwise).</param>
/// <param name="Name">Name.</param>
/// <param name="Description">Description.</param>
/// <param name="BaseUnit">Base unit; cannot change for an existing item.</param>
/// <param name="Status">active, discontinued or inactive.</param>
/// <param name="Gtin">GTIN of the base unit.</param>
/// <param name="Upc">UPC-A of the base unit.</param>
/// <param name="ManufacturerPart">Manufacturer part number.</param>
/// <param name="Packs">Pack levels, <c>CA=12 EA; PL=40 CA</c> (1 CA = 12 EA, 1 PL = 40 CA).</param>
public sealed record ItemRow(
    string? Sku, string? Name, string? Description, string? BaseUnit, string? Status, string? Gtin, string? Upc,
    string? ManufacturerPart, string? Packs);

/// <summary>A JSON batch of items.</summary>
/// <param name="Source">The sending system (pim, erp, a supplier id…).</param>
/// <param name="FileName">A name for the batch.</param>
/// <param name="Items">The items.</param>
public sealed record ItemBatch(string? Source, string? FileName, IReadOnlyList<ItemRow> Items);
