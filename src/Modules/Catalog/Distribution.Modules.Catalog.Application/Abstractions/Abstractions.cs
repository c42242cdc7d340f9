using Distribution.BuildingBlocks.Application.Events;
using Distribution.BuildingBlocks.Application.Persistence;
using Distribution.Modules.Catalog.Domain.CrossReferences;
using Distribution.Modules.Catalog.Domain.Imports;
using Distribution.Modules.Catalog.Domain.Items;
using Distribution.Modules.Catalog.Domain.MasterDataIssues;

namespace Distribution.Modules.Catalog.Application.Abstractions;

/// <summary>Commits the Catalog module's database.</summary>
public interface ICatalogUnitOfWork : IUnitOfWork;

/// <summary>Loads and adds items.</summary>
public interface IItemRepository
{
    /// <summary>The item with this SKU, or null (tracked, for changes).</summary>
    Task<Item?> FindBySkuAsync(string sku, CancellationToken cancellationToken);

    /// <summary>True when the SKU is taken.</summary>
    Task<bool> SkuExistsAsync(string sku, CancellationToken cancellationToken);

    /// <summary>A page of items ordered by SKU, after <paramref name="afterSku"/>, optionally filtered by a search text.</summary>
    Task<IReadOnlyList<Item>> ListAsync(string? afterSku, string? search, int limit, CancellationToken cancellationToken);

    /// <summary>Adds an item.</summary>
    void Add(Item item);

    /// <summary>The items with these SKUs (tracked), for a bulk load.</summary>
    Task<IReadOnlyList<Item>> ListBySkusAsync(IReadOnlyCollection<string> skus, CancellationToken cancellationToken);

    /// <summary>Read-only: the items with these SKUs, untracked (the set-based import writes its changes itself).</summary>
    Task<IReadOnlyList<Item>> ReadBySkusAsync(IReadOnlyCollection<string> skus, CancellationToken cancellationToken);

    /// <summary>Lookup key → SKU of the item holding it, for the keys that are taken.</summary>
    Task<IReadOnlyDictionary<string, string>> IdentifierOwnersAsync(IReadOnlyCollection<string> lookupKeys, CancellationToken cancellationToken);

    /// <summary>Drops an item's pending changes (a bulk row that failed half way must not be saved).</summary>
    void Forget(Item item);

    /// <summary>The item if this unit of work already tracks it (no query).</summary>
    Item? Tracked(Guid id);

    /// <summary>Read-only: the item with this SKU.</summary>
    Task<Item?> ReadBySkuAsync(string sku, CancellationToken cancellationToken);

    /// <summary>Read-only: the item with this id.</summary>
    Task<Item?> ReadByIdAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Read-only: the item holding the identifier lookup key.</summary>
    Task<Item?> ReadByIdentifierAsync(string lookupKey, CancellationToken cancellationToken);
}

/// <summary>Loads and adds cross-references.</summary>
public interface ICrossReferenceRepository
{
    /// <summary>Every period of one partner's number.</summary>
    Task<IReadOnlyList<CrossReference>> ListForNumberAsync(CrossReferenceKind kind, string partnerId, string lookupValue, CancellationToken cancellationToken);

    /// <summary>One cross-reference (tracked).</summary>
    Task<CrossReference?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>A page ordered by id.</summary>
    Task<IReadOnlyList<CrossReference>> ListAsync(string? partnerId, string? sku, Guid? afterId, int limit, CancellationToken cancellationToken);

    /// <summary>Adds one.</summary>
    void Add(CrossReference crossReference);
}

/// <summary>The steward's queue.</summary>
public interface IMasterDataIssueRepository
{
    /// <summary>One issue (tracked).</summary>
    Task<MasterDataIssue?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>A page ordered by id, optionally by status.</summary>
    Task<IReadOnlyList<MasterDataIssue>> ListAsync(MasterDataIssueStatus? status, Guid? afterId, int limit, CancellationToken cancellationToken);

    /// <summary>Adds one.</summary>
    void Add(MasterDataIssue issue);
}

/// <summary>Imports and their row results.</summary>
public interface ICatalogImportRepository
{
    /// <summary>The import of a file with this hash, if it was received before.</summary>
    Task<CatalogImport?> FindByHashAsync(string fileHash, CancellationToken cancellationToken);

    /// <summary>One import.</summary>
    Task<CatalogImport?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Adds an import.</summary>
    void Add(CatalogImport import);

    /// <summary>Stops tracking everything but <paramref name="import"/>, so a long load keeps its memory flat between chunks.</summary>
    void ReleaseAllBut(CatalogImport import);

    /// <summary>Adds row results.</summary>
    void AddRows(IEnumerable<ImportRowResult> rows);

    /// <summary>Row results after <paramref name="afterRow"/>, in row order.</summary>
    Task<IReadOnlyList<ImportRowResult>> ListRowsAsync(Guid importId, int afterRow, int limit, CancellationToken cancellationToken);
}

/// <summary>
/// Writes one chunk of a catalog import set-based (ADR 0011): new items and their identifiers and packs as batched
/// inserts, changed items as updates guarded by their version, row results, quarantined rows, the outbox rows of
/// the items' events and the import's counters, all in one transaction, without change tracking, on a database
/// connection of its own. After the commit it invalidates the resolution cache (when items were written). A chunk is
/// prepared first (<see cref="Prepare"/>, no database), so the import can prepare one chunk while the writer writes
/// the one before it.
/// </summary>
public interface ICatalogImportWriter
{
    /// <summary>
    /// Does what writing <paramref name="chunk"/> needs but the database does not: moves the written items' and
    /// issues' versions on, serialises the events, takes the import's counters as they are now, and encodes the rows
    /// for the provider. Call it once per chunk, in chunk order; it may run on another thread than
    /// <see cref="WriteAsync"/> (never two <see cref="Prepare"/> calls at once).
    /// </summary>
    PreparedImportChunk Prepare(CatalogImportChunk chunk);

    /// <summary>Writes a chunk this writer prepared, all or nothing.</summary>
    Task WriteAsync(PreparedImportChunk chunk, CancellationToken cancellationToken);

    /// <summary>Wakes the outbox dispatcher for the events written so far (once, when the load is done).</summary>
    void Dispatch();
}

/// <summary>What one chunk of an import writes.</summary>
/// <param name="Import">The import, its counters as they are after this chunk.</param>
/// <param name="NewItems">Items to insert, with their identifiers and packs.</param>
/// <param name="ChangedItems">Existing items to update.</param>
/// <param name="Rows">Every row's result.</param>
/// <param name="Issues">The quarantined rows.</param>
/// <param name="Events">The integration events of the items' real changes.</param>
public sealed record CatalogImportChunk(
    CatalogImport Import, IReadOnlyList<Item> NewItems, IReadOnlyList<ChangedItem> ChangedItems, IReadOnlyList<ImportRowResult> Rows,
    IReadOnlyList<MasterDataIssue> Issues, IReadOnlyList<IIntegrationEvent> Events);

/// <summary>A chunk made ready to write by <see cref="ICatalogImportWriter.Prepare"/>; what it holds besides the chunk is the writer's.</summary>
public abstract class PreparedImportChunk
{
    /// <summary>Creates the prepared form of <paramref name="chunk"/>.</summary>
    protected PreparedImportChunk(CatalogImportChunk chunk) => Chunk = chunk;

    /// <summary>The chunk as the import collected it.</summary>
    public CatalogImportChunk Chunk { get; }
}

/// <summary>An existing item as it now is, and what changed (<c>details</c>, <c>status</c>, <c>identifiers</c>, <c>packs</c>).</summary>
/// <param name="Item">The item; its <see cref="Distribution.BuildingBlocks.Domain.AggregateRoot{TId}.Version"/> is still the one it was read with.</param>
/// <param name="Changes">What changed.</param>
public sealed record ChangedItem(Item Item, IReadOnlyCollection<string> Changes);

/// <summary>Survivorship: which source's value of an attribute wins (lower rank wins).</summary>
public interface IAttributeSourceRanking
{
    /// <summary>The rank of <paramref name="source"/> for <paramref name="attribute"/>; unknown sources rank last.</summary>
    int RankOf(string attribute, string source);
}
