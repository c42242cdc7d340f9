using Distribution.BuildingBlocks.Domain;

namespace Distribution.Modules.Catalog.Domain.Units;

/// <summary>Only units on the catalog's list are used: an unknown unit is refused, never guessed.</summary>
public sealed class UnitMustBeKnownRule(string? unit) : IBusinessRule
{
    /// <inheritdoc />
    public bool IsBroken() => !UnitsOfMeasure.IsKnown(unit);

    /// <inheritdoc />
    public string Message => $"'{unit}' is not a known unit of measure; GET /api/v1/catalog/units lists them.";

    /// <inheritdoc />
    public string Code => "catalog.unit-unknown";
}

/// <summary>A pack holds a positive amount of the smaller unit.</summary>
public sealed class PackQuantityMustBePositiveRule(decimal quantity) : IBusinessRule
{
    /// <inheritdoc />
    public bool IsBroken() => quantity <= 0m;

    /// <inheritdoc />
    public string Message => $"A pack conversion needs a positive quantity, not {quantity}.";

    /// <inheritdoc />
    public string Code => "catalog.pack-quantity-invalid";
}

/// <summary>A pack conversion joins two different units.</summary>
public sealed class PackConversionMustJoinTwoUnitsRule(string fromUnit, string toUnit) : IBusinessRule
{
    /// <inheritdoc />
    public bool IsBroken() => string.Equals(fromUnit, toUnit, StringComparison.Ordinal);

    /// <inheritdoc />
    public string Message => $"A pack conversion joins two different units, not {fromUnit} to itself.";

    /// <inheritdoc />
    public string Code => "catalog.pack-conversion-same-unit";
}

/// <summary>
/// A new pack level must agree with what the item's other levels already imply (1 PL = 40 CA and 1 CA = 12 EA make
/// 1 PL = 480 EA; 1 PL = 500 EA would make every conversion ambiguous).
/// </summary>
public sealed class PackConversionsMustAgreeRule(PackConversion proposed, UnitRatio? implied) : IBusinessRule
{
    /// <inheritdoc />
    public bool IsBroken() => implied is { } ratio && !ratio.SameAs(new UnitRatio(proposed.Quantity, 1m));

    /// <inheritdoc />
    public string Message => implied is { } ratio
        ? $"1 {proposed.FromUnit} = {proposed.Quantity} {proposed.ToUnit} contradicts the existing pack levels, which make it {ratio.Apply(1m).Value} {proposed.ToUnit}."
        : string.Empty;

    /// <inheritdoc />
    public string Code => "catalog.pack-conversion-inconsistent";
}

/// <summary>A quantity converts only along the item's pack levels; with no chain between the units it does not convert.</summary>
public sealed class ConversionMustExistRule(string sku, string fromUnit, string toUnit, bool exists) : IBusinessRule
{
    /// <inheritdoc />
    public bool IsBroken() => !exists;

    /// <inheritdoc />
    public string Message => $"Item '{sku}' has no pack conversion between {fromUnit} and {toUnit}.";

    /// <inheritdoc />
    public string Code => "catalog.uom-conversion-unknown";
}

/// <summary>A pack level an identifier (say a case GTIN) depends on cannot be removed while that identifier exists.</summary>
public sealed class PackConversionMustNotBeInUseRule(string fromUnit, string toUnit, IReadOnlyCollection<string> stranded) : IBusinessRule
{
    /// <inheritdoc />
    public bool IsBroken() => stranded.Count > 0;

    /// <inheritdoc />
    public string Message =>
        $"Removing 1 {fromUnit} → {toUnit} would leave {string.Join(", ", stranded)} without a conversion to the base unit.";

    /// <inheritdoc />
    public string Code => "catalog.pack-conversion-in-use";
}
