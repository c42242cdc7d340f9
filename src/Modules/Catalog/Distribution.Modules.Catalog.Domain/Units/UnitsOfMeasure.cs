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

    /// <summary>Most units the list may hold (the OpenAPI document states it; the list is checked against it).</summary>
    public const int MaxCount = 50;

    /// <summary>Longest unit code (item base units and pack units are validated to it too).</summary>
    public const int CodeMaxLength = 10;

    /// <summary>Longest unit name.</summary>
    public const int NameMaxLength = 40;

    /// <summary>Every known unit code with its name, in code order.</summary>
    public static IReadOnlyList<(string Code, string Name)> All { get; } = Checked(
        Known.OrderBy(u => u.Key, StringComparer.Ordinal).Select(u => (u.Key, u.Value)).ToList());

    /// <summary>Conversions that hold for every item (1 DZ = 12 EA).</summary>
    public static IReadOnlyList<PackConversion> FixedConversions => Fixed;

    /// <summary>True for a code on the list (codes are upper case).</summary>
    public static bool IsKnown(string? code) => code is not null && Known.ContainsKey(code);

    private static List<(string Code, string Name)> Checked(List<(string Code, string Name)> units) =>
        units.Count <= MaxCount && units.All(u => u.Code.Length <= CodeMaxLength && u.Name.Length <= NameMaxLength)
            ? units
            : throw new InvalidOperationException("The unit list exceeds the limits UnitsOfMeasure states.");
}
