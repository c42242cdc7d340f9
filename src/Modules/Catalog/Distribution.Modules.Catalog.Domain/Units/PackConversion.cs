namespace Distribution.Modules.Catalog.Domain.Units;

/// <summary>One pack level: <c>1 <see cref="FromUnit"/> = <see cref="Quantity"/> <see cref="ToUnit"/></c> (1 CA = 12 EA).</summary>
/// <param name="FromUnit">The larger unit.</param>
/// <param name="Quantity">How many <paramref name="ToUnit"/> one <paramref name="FromUnit"/> holds; positive.</param>
/// <param name="ToUnit">The unit it is counted in.</param>
public sealed record PackConversion(string FromUnit, decimal Quantity, string ToUnit);
