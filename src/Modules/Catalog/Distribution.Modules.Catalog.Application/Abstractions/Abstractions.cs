using Distribution.BuildingBlocks.Application.Persistence;
using Distribution.Modules.Catalog.Domain.Items;

namespace Distribution.Modules.Catalog.Application.Abstractions;

/// <summary>Commits the Catalog module's database.</summary>
public interface ICatalogUnitOfWork : IUnitOfWork;

/// <summary>Loads and adds items.</summary>
public interface IItemRepository
{
    /// <summary>The item with this SKU, or null.</summary>
    Task<Item?> FindBySkuAsync(string sku, CancellationToken cancellationToken);

    /// <summary>True when the SKU is taken.</summary>
    Task<bool> SkuExistsAsync(string sku, CancellationToken cancellationToken);

    /// <summary>A page of items ordered by SKU, after <paramref name="afterSku"/>, optionally filtered by a search text.</summary>
    Task<IReadOnlyList<Item>> ListAsync(string? afterSku, string? search, int limit, CancellationToken cancellationToken);

    /// <summary>Adds an item.</summary>
    void Add(Item item);
}
