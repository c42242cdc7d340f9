namespace Distribution.Modules.Catalog.Domain.Units;

/// <summary>
/// An exact ratio between two units kept as numerator and denominator, so a chain of pack levels multiplies exactly
/// and the one division happens last (1 EA → CA is 1/12, not 0.0833…).
/// </summary>
public readonly record struct UnitRatio(decimal Numerator, decimal Denominator)
{
    /// <summary>1:1.</summary>
    public static UnitRatio One { get; } = new(1m, 1m);

    /// <summary>This ratio followed by <c>× quantity</c>.</summary>
    public UnitRatio Times(decimal quantity) => Normalise(new UnitRatio(Numerator * quantity, Denominator));

    /// <summary>This ratio followed by <c>÷ quantity</c>.</summary>
    public UnitRatio DividedBy(decimal quantity) => Normalise(new UnitRatio(Numerator, Denominator * quantity));

    /// <summary>The same amount, compared exactly (cross-multiplied).</summary>
    public bool SameAs(UnitRatio other) => Numerator * other.Denominator == other.Numerator * Denominator;

    /// <summary><paramref name="quantity"/> × ratio; <c>exact</c> is false only when the decimal had to be rounded (28 digits).</summary>
    public (decimal Value, bool Exact) Apply(decimal quantity)
    {
        var scaled = quantity * Numerator;
        var value = scaled / Denominator;
        return (value, value * Denominator == scaled);
    }

    private static UnitRatio Normalise(UnitRatio ratio) =>
        ratio.Denominator != 1m && ratio.Numerator % ratio.Denominator == 0m
            ? new UnitRatio(ratio.Numerator / ratio.Denominator, 1m)
            : ratio;
}
