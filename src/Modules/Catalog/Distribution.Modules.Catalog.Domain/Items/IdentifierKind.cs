namespace Distribution.Modules.Catalog.Domain.Items;

/// <summary>Kinds of identifier an item carries besides its SKU.</summary>
public enum IdentifierKind
{
    /// <summary>GS1 GTIN-8, -12, -13 or -14 (check digit validated).</summary>
    Gtin,

    /// <summary>UPC-A, 12 digits (check digit validated); the same number as its GTIN-12.</summary>
    Upc,

    /// <summary>The manufacturer's part number.</summary>
    ManufacturerPart,

    /// <summary>A vendor's part number known to the whole catalog (per-supplier numbers are cross-references).</summary>
    VendorPart,
}
