using System.ComponentModel.DataAnnotations;
using Distribution.Modules.Catalog.Domain.Items;
using Distribution.Modules.Catalog.Domain.Units;

namespace Distribution.Modules.Catalog.Application.Items;

/// <summary>An item with its identifiers, pack levels, substitutes and attributes.</summary>
/// <param name="Id">Item id.</param>
/// <param name="Sku">SKU.</param>
/// <param name="Name">Name.</param>
/// <param name="Description">Description.</param>
/// <param name="BaseUnit">Base unit.</param>
/// <param name="Status">active, discontinued or inactive.</param>
/// <param name="Version">Concurrency version (also the ETag).</param>
/// <param name="Identifiers">GTINs, UPCs and part numbers.</param>
/// <param name="Packs">Pack levels (1 CA = 12 EA).</param>
/// <param name="Substitutions">Substitutes, first offered first.</param>
/// <param name="Attributes">Named attributes.</param>
public sealed record ItemDto(
    Guid Id, string Sku, string Name, string? Description, string BaseUnit, string Status, long Version,
    [property: MaxLength(Item.MaxIdentifiers)] IReadOnlyList<ItemIdentifierDto> Identifiers,
    [property: MaxLength(Item.MaxPacks)] IReadOnlyList<PackConversionDto> Packs,
    [property: MaxLength(Item.MaxSubstitutes)] IReadOnlyList<SubstitutionDto> Substitutions,
    [property: MaxLength(Item.MaxAttributes)] IReadOnlyList<AttributeDto> Attributes)
{
    /// <summary>The DTO of an item.</summary>
    public static ItemDto From(Item item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new ItemDto(
            item.Id, item.Sku, item.Name, item.Description, item.BaseUnit, CatalogNames.Of(item.Status), item.Version,
            item.Identifiers.Select(i => new ItemIdentifierDto(CatalogNames.Of(i.Kind), i.Value, i.Unit)).ToList(),
            item.Packs.Select(PackConversionDto.From).ToList(),
            item.Substitutions.Select(s => new SubstitutionDto(s.SubstituteSku, s.Priority, CatalogNames.Of(s.Reason))).ToList(),
            item.Attributes.Select(a => new AttributeDto(a.Name, a.Value, a.Source)).ToList());
    }
}

/// <summary>An identifier of an item.</summary>
/// <param name="Kind">gtin, upc, manufacturerPart or vendorPart.</param>
/// <param name="Value">The identifier.</param>
/// <param name="Unit">The unit it identifies (a case GTIN identifies a case).</param>
public sealed record ItemIdentifierDto(string Kind, string Value, string Unit);

/// <summary>A pack level: 1 <c>fromUnit</c> = <c>quantity</c> <c>toUnit</c>.</summary>
/// <param name="FromUnit">The larger unit.</param>
/// <param name="Quantity">How many <paramref name="ToUnit"/> it holds.</param>
/// <param name="ToUnit">The smaller unit.</param>
public sealed record PackConversionDto(string FromUnit, decimal Quantity, string ToUnit)
{
    /// <summary>The DTO of a pack level.</summary>
    public static PackConversionDto From(PackConversion pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return new PackConversionDto(pack.FromUnit, pack.Quantity, pack.ToUnit);
    }
}

/// <summary>A substitute item.</summary>
/// <param name="SubstituteSku">Its SKU.</param>
/// <param name="Priority">1 is offered first.</param>
/// <param name="Reason">equivalent, upgrade, replacement or outOfStock.</param>
public sealed record SubstitutionDto(string SubstituteSku, int Priority, string Reason);

/// <summary>A named attribute.</summary>
/// <param name="Name">Name.</param>
/// <param name="Value">Value.</param>
/// <param name="Source">The system that supplied the surviving value.</param>
public sealed record AttributeDto(string Name, string Value, string Source);

/// <summary>Enum values as the API writes them: camelCase (<c>manufacturerPart</c>, <c>active</c>).</summary>
public static class CatalogNames
{
    /// <summary>The camelCase name of an enum value.</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
