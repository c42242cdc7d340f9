using System.ComponentModel.DataAnnotations;
using Distribution.Modules.Catalog.Domain.Items;
using Distribution.Modules.Catalog.Domain.Units;

namespace Distribution.Modules.Catalog.Application.Items;

/// <summary>An item's pack levels and every unit it can be counted in, with the factor to its base unit.</summary>
/// <param name="Sku">The item.</param>
/// <param name="BaseUnit">Its base unit.</param>
/// <param name="Version">The item's version (ETag).</param>
/// <param name="Packs">The pack levels as defined.</param>
/// <param name="Units">Every unit reachable from the base unit, with base units per unit.</param>
public sealed record UomConversionsDto(
    string Sku, string BaseUnit, long Version,
    [property: MaxLength(Item.MaxPacks)] IReadOnlyList<PackConversionDto> Packs,
    [property: MaxLength(UnitsOfMeasure.MaxCount)] IReadOnlyList<UnitFactorDto> Units)
{
    /// <summary>The conversions of an item.</summary>
    public static UomConversionsDto From(Item item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var units = item.Packs.SelectMany(p => new[] { p.FromUnit, p.ToUnit }).Append(item.BaseUnit).Distinct(StringComparer.Ordinal)
            .Select(u => (Unit: u, Ratio: item.Ratio(u, item.BaseUnit)))
            .Where(u => u.Ratio is not null)
            .Select(u => (u.Unit, Factor: u.Ratio!.Value.Apply(1m)))
            .OrderBy(u => u.Factor.Value)
            .Select(u => new UnitFactorDto(u.Unit, u.Factor.Value, u.Factor.Exact))
            .ToList();
        return new UomConversionsDto(item.Sku, item.BaseUnit, item.Version, item.Packs.Select(PackConversionDto.From).ToList(), units);
    }
}

/// <summary>A unit of an item and how many base units it is.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="FactorToBase">Base units in one of it.</param>
/// <param name="Exact">False only when the factor does not terminate in 28 digits.</param>
public sealed record UnitFactorDto(string Unit, decimal FactorToBase, bool Exact);
