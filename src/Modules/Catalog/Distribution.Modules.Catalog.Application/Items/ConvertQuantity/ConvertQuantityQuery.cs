using Mediator;

namespace Distribution.Modules.Catalog.Application.Items.ConvertQuantity;

/// <summary>Converts a quantity between two units of an item (exact decimal arithmetic; 422 when the units do not connect).</summary>
/// <param name="Sku">The item.</param>
/// <param name="Quantity">The quantity.</param>
/// <param name="FromUnit">Its unit.</param>
/// <param name="ToUnit">The unit wanted.</param>
public sealed record ConvertQuantityQuery(string Sku, decimal Quantity, string FromUnit, string ToUnit) : IQuery<UnitConversionDto>;

/// <summary>A converted quantity.</summary>
/// <param name="Sku">The item.</param>
/// <param name="Quantity">The quantity given.</param>
/// <param name="FromUnit">Its unit.</param>
/// <param name="Result">The same amount in <paramref name="ToUnit"/>.</param>
/// <param name="ToUnit">The unit asked for.</param>
/// <param name="Exact">False only when the result does not terminate in 28 digits and was rounded.</param>
public sealed record UnitConversionDto(string Sku, decimal Quantity, string FromUnit, decimal Result, string ToUnit, bool Exact);
