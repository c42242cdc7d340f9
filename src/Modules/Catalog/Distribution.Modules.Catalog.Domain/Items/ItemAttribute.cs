namespace Distribution.Modules.Catalog.Domain.Items;

/// <summary>A named property of an item (colour, material, weight…) and the source that supplied its value.</summary>
public sealed class ItemAttribute
{
    private ItemAttribute()
    {
    }

    internal ItemAttribute(string name, string value, string source)
    {
        Name = name;
        Value = value;
        Source = source;
    }

    /// <summary>Attribute name (unique per item, case-insensitive).</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>Its value.</summary>
    public string Value { get; private set; } = string.Empty;

    /// <summary>The system that supplied it (erp, pim, supplier feed…), used for survivorship.</summary>
    public string Source { get; private set; } = string.Empty;

    internal bool Change(string value, string source)
    {
        if (Value == value && Source == source)
        {
            return false;
        }

        Value = value;
        Source = source;
        return true;
    }
}
