namespace Distribution.Modules.Catalog.Domain.Units;

/// <summary>
/// The units of measure the catalog knows (ANSI X12 355 codes, as EDI partners send them). A unit outside this list is
/// refused rather than guessed. A few units are the same amount for every item (a dozen is 12 each); those fixed
/// conversions apply to every item, pack conversions (1 CA = 12 EA) are per item.
/// </summary>
public static class UnitsOfMeasure
{
    /// <summary>Each: the usual base unit.</summary>
    public const string Each = "EA";

    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["EA"] = "Each",
        ["PC"] = "Piece",
        ["CA"] = "Case",
        ["CT"] = "Carton",
        ["BX"] = "Box",
        ["PK"] = "Pack",
        ["BG"] = "Bag",
        ["BD"] = "Bundle",
        ["RL"] = "Roll",
        ["ST"] = "Set",
        ["KT"] = "Kit",
        ["PR"] = "Pair",
        ["DZ"] = "Dozen",
        ["GR"] = "Gross",
        ["PL"] = "Pallet",
        ["DR"] = "Drum",
        ["TB"] = "Tube",
        ["KG"] = "Kilogram",
        ["LB"] = "Pound",
        ["M"] = "Metre",
        ["FT"] = "Foot",
        ["L"] = "Litre",
        ["GA"] = "Gallon",
    };

    private static readonly PackConversion[] Fixed =
    [
        new("DZ", 12m, "EA"),
        new("GR", 144m, "EA"),
        new("PR", 2m, "EA"),
    ];

    /// <summary>Every known unit code with its name, in code order.</summary>
    public static IReadOnlyList<(string Code, string Name)> All { get; } =
        Known.OrderBy(u => u.Key, StringComparer.Ordinal).Select(u => (u.Key, u.Value)).ToList();

    /// <summary>Conversions that hold for every item (1 DZ = 12 EA).</summary>
    public static IReadOnlyList<PackConversion> FixedConversions => Fixed;

    /// <summary>True for a code on the list (codes are upper case).</summary>
    public static bool IsKnown(string? code) => code is not null && Known.ContainsKey(code);
}
