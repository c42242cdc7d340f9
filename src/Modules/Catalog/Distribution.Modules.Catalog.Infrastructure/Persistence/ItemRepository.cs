using Distribution.Modules.Catalog.Application.Abstractions;
using Distribution.Modules.Catalog.Domain.Items;
using Microsoft.EntityFrameworkCore;

namespace Distribution.Modules.Catalog.Infrastructure.Persistence;

internal sealed class ItemRepository(CatalogDbContext context) : IItemRepository
{
    public Task<Item?> FindBySkuAsync(string sku, CancellationToken cancellationToken) =>
        context.Items.AsSplitQuery().SingleOrDefaultAsync(i => i.Sku == sku, cancellationToken);

    public Task<bool> SkuExistsAsync(string sku, CancellationToken cancellationToken) =>
        context.Items.AnyAsync(i => i.Sku == sku, cancellationToken);

    public async Task<IReadOnlyList<Item>> ListAsync(string? afterSku, string? search, int limit, CancellationToken cancellationToken) =>
        await context.Items.AsNoTracking().AsSplitQuery()
            .Where(i => afterSku == null || string.Compare(i.Sku, afterSku) > 0)
            .Where(i => search == null || i.Sku.Contains(search) || i.Name.Contains(search))
            .OrderBy(i => i.Sku)
            .Take(limit)
            .ToListAsync(cancellationToken);

    public void Add(Item item) => context.Items.Add(item);

    public async Task<IReadOnlyList<Item>> ListBySkusAsync(IReadOnlyCollection<string> skus, CancellationToken cancellationToken) =>
        skus.Count == 0 ? [] : await context.Items.AsSplitQuery().Where(i => skus.Contains(i.Sku)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Item>> ReadBySkusAsync(IReadOnlyCollection<string> skus, CancellationToken cancellationToken)
    {
        if (skus.Count == 0)
        {
            return [];
        }

        // The SKUs travel as one JSON parameter (json_each / OPENJSON), not one parameter each: a chunk of a load holds
        // thousands. Which exist is one indexed query; the items and their four owned collections are read only for
        // those (a load of new items reads nothing more).
        var wanted = skus.ToArray();
        var existing = await context.Items.Where(i => EF.Parameter(wanted).Contains(i.Sku)).Select(i => i.Sku).ToArrayAsync(cancellationToken);
        return existing.Length == 0
            ? []
            : await context.Items.AsNoTracking().AsSplitQuery().Where(i => EF.Parameter(existing).Contains(i.Sku)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, string>> IdentifierOwnersAsync(IReadOnlyCollection<string> lookupKeys, CancellationToken cancellationToken)
    {
        if (lookupKeys.Count == 0)
        {
            return new Dictionary<string, string>();
        }

        // A join, not a filtered collection: SQLite has no APPLY. The keys are one JSON parameter (a bulk load sends thousands).
        var keys = lookupKeys.ToArray();
        var owners = await context.Items.AsNoTracking()
            .SelectMany(i => i.Identifiers, (i, x) => new { x.LookupKey, i.Sku })
            .Where(o => EF.Parameter(keys).Contains(o.LookupKey))
            .ToListAsync(cancellationToken);
        return owners.ToDictionary(o => o.LookupKey, o => o.Sku, StringComparer.Ordinal);
    }

    public void Forget(Item item)
    {
        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            if (ReferenceEquals(entry.Entity, item)
                || (entry.Metadata.IsOwned() && entry.Metadata.FindProperty("ItemId") is not null && Equals(entry.Property("ItemId").CurrentValue, item.Id)))
            {
                entry.State = EntityState.Detached;
            }
        }
    }

    public Item? Tracked(Guid id) => context.Items.Local.FindEntry(id)?.Entity;

    public Task<Item?> ReadBySkuAsync(string sku, CancellationToken cancellationToken) =>
        context.Items.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(i => i.Sku == sku, cancellationToken);

    public Task<Item?> ReadByIdAsync(Guid id, CancellationToken cancellationToken) =>
        context.Items.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);

    public Task<Item?> ReadByIdentifierAsync(string lookupKey, CancellationToken cancellationToken) =>
        context.Items.AsNoTracking().AsSplitQuery().Where(i => i.Identifiers.Any(x => x.LookupKey == lookupKey)).SingleOrDefaultAsync(cancellationToken);
}
