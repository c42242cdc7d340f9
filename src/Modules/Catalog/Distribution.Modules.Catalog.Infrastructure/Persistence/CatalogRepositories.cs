using Distribution.Modules.Catalog.Application.Abstractions;
using Distribution.Modules.Catalog.Domain.CrossReferences;
using Distribution.Modules.Catalog.Domain.Imports;
using Distribution.Modules.Catalog.Domain.MasterDataIssues;
using Microsoft.EntityFrameworkCore;

namespace Distribution.Modules.Catalog.Infrastructure.Persistence;

internal sealed class CrossReferenceRepository(CatalogDbContext context) : ICrossReferenceRepository
{
    public async Task<IReadOnlyList<CrossReference>> ListForNumberAsync(
        CrossReferenceKind kind, string partnerId, string lookupValue, CancellationToken cancellationToken) =>
        await context.CrossReferences.AsNoTracking()
            .Where(x => x.PartnerId == partnerId && x.Kind == kind && x.LookupValue == lookupValue)
            .ToListAsync(cancellationToken);

    public Task<CrossReference?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        context.CrossReferences.SingleOrDefaultAsync(x => x.Id == id, cancellationToken);

    public async Task<IReadOnlyList<CrossReference>> ListAsync(string? partnerId, string? sku, Guid? afterId, int limit, CancellationToken cancellationToken) =>
        await context.CrossReferences.AsNoTracking()
            .Where(x => partnerId == null || x.PartnerId == partnerId)
            .Where(x => sku == null || x.Sku == sku)
            .Where(x => afterId == null || x.Id.CompareTo(afterId.Value) > 0)
            .OrderBy(x => x.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);

    public void Add(CrossReference crossReference) => context.CrossReferences.Add(crossReference);
}

internal sealed class MasterDataIssueRepository(CatalogDbContext context) : IMasterDataIssueRepository
{
    public Task<MasterDataIssue?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        context.MasterDataIssues.SingleOrDefaultAsync(x => x.Id == id, cancellationToken);

    public async Task<IReadOnlyList<MasterDataIssue>> ListAsync(MasterDataIssueStatus? status, Guid? afterId, int limit, CancellationToken cancellationToken) =>
        await context.MasterDataIssues.AsNoTracking()
            .Where(x => status == null || x.Status == status)
            .Where(x => afterId == null || x.Id.CompareTo(afterId.Value) > 0)
            .OrderBy(x => x.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);

    public void Add(MasterDataIssue issue) => context.MasterDataIssues.Add(issue);
}

internal sealed class CatalogImportRepository(CatalogDbContext context) : ICatalogImportRepository
{
    public Task<CatalogImport?> FindByHashAsync(string fileHash, CancellationToken cancellationToken) =>
        context.Imports.AsNoTracking().SingleOrDefaultAsync(x => x.FileHash == fileHash, cancellationToken);

    public Task<CatalogImport?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        context.Imports.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, cancellationToken);

    public void Add(CatalogImport import) => context.Imports.Add(import);

    public void ReleaseAllBut(CatalogImport import)
    {
        context.ChangeTracker.Clear();
        context.Imports.Attach(import);
    }

    public void AddRows(IEnumerable<ImportRowResult> rows) => context.ImportRows.AddRange(rows);

    public async Task<IReadOnlyList<ImportRowResult>> ListRowsAsync(Guid importId, int afterRow, int limit, CancellationToken cancellationToken) =>
        await context.ImportRows.AsNoTracking()
            .Where(x => x.ImportId == importId && x.RowNumber > afterRow)
            .OrderBy(x => x.RowNumber)
            .Take(limit)
            .ToListAsync(cancellationToken);
}
