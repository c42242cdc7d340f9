using Mediator;

namespace Distribution.Modules.Catalog.Application.Items.SetPackConversion;

/// <summary>Sets a pack level of an item: 1 <c>FromUnit</c> = <c>Quantity</c> <c>ToUnit</c> (1 PL = 40 CA).</summary>
/// <param name="Sku">The item.</param>
/// <param name="FromUnit">The larger unit.</param>
/// <param name="Quantity">How many <paramref name="ToUnit"/> it holds.</param>
/// <param name="ToUnit">The smaller unit.</param>
public sealed record SetPackConversionCommand(string Sku, string FromUnit, decimal Quantity, string ToUnit) : ICommand<UomConversionsDto>;
