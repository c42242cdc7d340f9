namespace Distribution.Modules.Catalog.Domain.Items;

/// <summary>Why an item may be replaced by another.</summary>
public enum SubstitutionReason
{
    /// <summary>Same form, fit and function.</summary>
    Equivalent,

    /// <summary>A better item at the same or higher price.</summary>
    Upgrade,

    /// <summary>The original is discontinued; this replaces it.</summary>
    Replacement,

    /// <summary>Only while the original is out of stock.</summary>
    OutOfStock,
}

/// <summary>An item that may be shipped instead of this one; lower priority numbers are offered first.</summary>
public sealed class ItemSubstitution
{
    private ItemSubstitution()
    {
    }

    internal ItemSubstitution(Guid substituteItemId, string substituteSku, int priority, SubstitutionReason reason)
    {
        SubstituteItemId = substituteItemId;
        SubstituteSku = substituteSku;
        Priority = priority;
        Reason = reason;
    }

    /// <summary>The substitute item.</summary>
    public Guid SubstituteItemId { get; private set; }

    /// <summary>Its SKU.</summary>
    public string SubstituteSku { get; private set; } = string.Empty;

    /// <summary>1 is offered first.</summary>
    public int Priority { get; private set; }

    /// <summary>Why it may substitute.</summary>
    public SubstitutionReason Reason { get; private set; }

    internal bool Change(int priority, SubstitutionReason reason)
    {
        if (Priority == priority && Reason == reason)
        {
            return false;
        }

        Priority = priority;
        Reason = reason;
        return true;
    }
}
