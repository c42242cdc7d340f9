using Mediator;

namespace Distribution.Modules.Catalog.Application.Items.CreateItem;

/// <summary>Adds an item to the catalog.</summary>
/// <param name="Sku">Unique SKU: letters, digits, '-', '_', '.', up to 64 characters.</param>
/// <param name="Name">Name.</param>
/// <param name="Description">Description.</param>
/// <param name="BaseUnit">Unit stock is counted in (e.g. EA, CA, BX).</param>
public sealed record CreateItemCommand(string Sku, string Name, string? Description, string BaseUnit) : ICommand<ItemDto>;
