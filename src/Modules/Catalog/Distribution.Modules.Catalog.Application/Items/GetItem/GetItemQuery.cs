using Mediator;

namespace Distribution.Modules.Catalog.Application.Items.GetItem;

/// <summary>One item by SKU.</summary>
/// <param name="Sku">The SKU.</param>
public sealed record GetItemQuery(string Sku) : IQuery<ItemDto>;
