using Distribution.Modules.Catalog.Application.Abstractions;
using Distribution.Modules.Catalog.Domain.Items;
using Microsoft.EntityFrameworkCore;

namespace Distribution.Modules.Catalog.Infrastructure.Persistence;

internal sealed class ItemRepository(CatalogDbContext context) : IItemRepository
{
    public Task<Item?> FindBySkuAsync(string sku, CancellationToken cancellationToken) =>
        context.Items.SingleOrDefaultAsync(i => i.Sku == sku, cancellationToken);

    public Task<bool> SkuExistsAsync(string sku, CancellationToken cancellationToken) =>
        context.Items.AnyAsync(i => i.Sku == sku, cancellationToken);

    public async Task<IReadOnlyList<Item>> ListAsync(string? afterSku, string? search, int limit, CancellationToken cancellationToken) =>
        await context.Items.AsNoTracking()
            .Where(i => afterSku == null || string.Compare(i.Sku, afterSku) > 0)
            .Where(i => search == null || i.Sku.Contains(search) || i.Name.Contains(search))
            .OrderBy(i => i.Sku)
            .Take(limit)
            .ToListAsync(cancellationToken);

    public void Add(Item item) => context.Items.Add(item);
}
