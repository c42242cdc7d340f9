using Distribution.BuildingBlocks.Domain;

namespace Distribution.Modules.Catalog.Domain.Items;

/// <summary>GTINs and UPCs carry a check digit; a wrong one is a typo that would resolve to the wrong item.</summary>
public sealed class IdentifierMustBeValidRule(IdentifierKind kind, string? value) : IBusinessRule
{
    private string _error = string.Empty;

    /// <inheritdoc />
    public bool IsBroken() => !IdentifierFormat.TryNormalise(kind, value, out _, out _, out _error);

    /// <inheritdoc />
    public string Message => _error;

    /// <inheritdoc />
    public string Code => "catalog.identifier-invalid";
}

/// <summary>One identifier names one item: a GTIN already on another item cannot be given to this one.</summary>
public sealed class IdentifierMustBelongToOneItemRule(string identifier, string sku, string? ownerSku) : IBusinessRule
{
    /// <inheritdoc />
    public bool IsBroken() => ownerSku is not null && !string.Equals(ownerSku, sku, StringComparison.Ordinal);

    /// <inheritdoc />
    public string Message => $"Identifier {identifier} already belongs to item '{ownerSku}'.";

    /// <inheritdoc />
    public string Code => "catalog.identifier-taken";
}

/// <summary>An item cannot substitute for itself.</summary>
public sealed class ItemCannotSubstituteItselfRule(Guid itemId, Guid substituteItemId) : IBusinessRule
{
    /// <inheritdoc />
    public bool IsBroken() => itemId == substituteItemId;

    /// <inheritdoc />
    public string Message => "An item cannot be its own substitute.";

    /// <inheritdoc />
    public string Code => "catalog.substitute-self";
}

/// <summary>An item's identifiers, pack levels, substitutes and attributes are each a bounded list.</summary>
public sealed class ItemListMustStayBoundedRule(string list, int count, int max) : IBusinessRule
{
    /// <inheritdoc />
    public bool IsBroken() => count >= max;

    /// <inheritdoc />
    public string Message => $"An item has at most {max} {list}; remove one first.";

    /// <inheritdoc />
    public string Code => "catalog.item-list-full";
}
