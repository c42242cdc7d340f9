using System.ComponentModel.DataAnnotations;
using Distribution.Modules.Catalog.Domain.Units;

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
    [property: MaxLength(ItemRow.SkuMaxLength)] string? Sku,
    [property: MaxLength(ItemRow.NameMaxLength)] string? Name,
    [property: MaxLength(ItemRow.DescriptionMaxLength)] string? Description,
    [property: MaxLength(UnitsOfMeasure.CodeMaxLength)] string? BaseUnit,
    [property: MaxLength(ItemRow.StatusMaxLength)] string? Status,
    [property: MaxLength(ItemRow.IdentifierMaxLength)] string? Gtin,
    [property: MaxLength(ItemRow.IdentifierMaxLength)] string? Upc,
    [property: MaxLength(ItemRow.IdentifierMaxLength)] string? ManufacturerPart,
    [property: MaxLength(ItemRow.PacksMaxLength)] string? Packs)
{
    // A row with a longer field is quarantined as invalid (ItemRowApplier), so these are the limits of an accepted row.
    internal const int SkuMaxLength = 64;
    internal const int NameMaxLength = 200;
    internal const int DescriptionMaxLength = 4000;
    internal const int StatusMaxLength = 20;
    internal const int IdentifierMaxLength = 64;
    internal const int PacksMaxLength = 400;

    /// <summary>The first field longer than its limit, or null.</summary>
    internal (string Field, int Max)? TooLong() =>
        Sku?.Length > SkuMaxLength ? ("SKU", SkuMaxLength)
        : Name?.Length > NameMaxLength ? ("name", NameMaxLength)
        : Description?.Length > DescriptionMaxLength ? ("description", DescriptionMaxLength)
        : BaseUnit?.Length > UnitsOfMeasure.CodeMaxLength ? ("base unit", UnitsOfMeasure.CodeMaxLength)
        : Status?.Length > StatusMaxLength ? ("status", StatusMaxLength)
        : Gtin?.Length > IdentifierMaxLength ? ("GTIN", IdentifierMaxLength)
        : Upc?.Length > IdentifierMaxLength ? ("UPC", IdentifierMaxLength)
        : ManufacturerPart?.Length > IdentifierMaxLength ? ("manufacturer part", IdentifierMaxLength)
        : Packs?.Length > PacksMaxLength ? ("packs", PacksMaxLength)
        : null;
}

/// <summary>A JSON batch of items.</summary>
/// <param name="Source">The sending system (pim, erp, a supplier id…).</param>
/// <param name="FileName">A name for the batch.</param>
/// <param name="Items">The items.</param>
public sealed record ItemBatch(string? Source, string? FileName, [property: MaxLength(ItemBatch.MaxItems)] IReadOnlyList<ItemRow> Items)
{
    /// <summary>Most rows one import may have (CSV rows or JSON items); a larger file is refused, split it.</summary>
    public const int MaxItems = 1_000_000;
}
