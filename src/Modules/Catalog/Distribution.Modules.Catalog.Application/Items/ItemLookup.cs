using Distribution.BuildingBlocks.Application.Errors;
using Distribution.Modules.Catalog.Application.Abstractions;
using Distribution.Modules.Catalog.Domain.Items;

namespace Distribution.Modules.Catalog.Application.Items;

/// <summary>Loads an item by SKU for a change, or answers 404.</summary>
internal static class ItemLookup
{
    public static async Task<Item> GetAsync(this IItemRepository items, string sku, CancellationToken cancellationToken) =>
        await items.FindBySkuAsync(sku, cancellationToken) ?? throw new NotFoundException("Item", sku);

    public static async Task<Item> ReadAsync(this IItemRepository items, string sku, CancellationToken cancellationToken) =>
        await items.ReadBySkuAsync(sku, cancellationToken) ?? throw new NotFoundException("Item", sku);
}
