namespace Distribution.Modules.Catalog.Domain.Items;

/// <summary>A GTIN, UPC or part number of an item, for one of its units (a case GTIN identifies the case).</summary>
public sealed class ItemIdentifier
{
    private ItemIdentifier()
    {
    }

    internal ItemIdentifier(IdentifierKind kind, string value, string lookupKey, string unit)
    {
        Kind = kind;
        Value = value;
        LookupKey = lookupKey;
        Unit = unit;
    }

    /// <summary>GTIN, UPC, manufacturer part or vendor part.</summary>
    public IdentifierKind Kind { get; private set; }

    /// <summary>The identifier as stored (digits for GTIN/UPC).</summary>
    public string Value { get; private set; } = string.Empty;

    /// <summary>The catalog-wide unique key (a GTIN and its UPC share one).</summary>
    public string LookupKey { get; private set; } = string.Empty;

    /// <summary>The unit this identifier stands for (the base unit unless a pack level has its own GTIN).</summary>
    public string Unit { get; private set; } = string.Empty;
}
