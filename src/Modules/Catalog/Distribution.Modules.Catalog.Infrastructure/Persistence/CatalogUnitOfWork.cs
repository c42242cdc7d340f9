using Distribution.BuildingBlocks.Application.Correlation;
using Distribution.BuildingBlocks.Application.Persistence;
using Distribution.BuildingBlocks.Infrastructure.Outbox;
using Distribution.BuildingBlocks.Infrastructure.Persistence;
using Distribution.Modules.Catalog.Application.Abstractions;
using Distribution.Modules.Catalog.Application.Resolution;
using Distribution.Modules.Catalog.Domain.CrossReferences;
using Distribution.Modules.Catalog.Domain.Items;
using Microsoft.EntityFrameworkCore;

namespace Distribution.Modules.Catalog.Infrastructure.Persistence;

/// <summary>
/// The Catalog's unit of work. A commit that touches items or cross-references invalidates the resolution cache
/// once it has committed, so no handler can forget to (and a failed commit invalidates nothing).
/// </summary>
internal sealed class CatalogUnitOfWork(
    CatalogDbContext context, IServiceProvider services, ICorrelationContext correlation, OutboxSignal signal, ResolutionCache cache)
    : UnitOfWork<CatalogDbContext>(context, services, correlation, signal), ICatalogUnitOfWork
{
    private readonly ChangeDetector _changes = new(context);

    /// <summary>Commits, then invalidates resolutions if master data changed.</summary>
    public new Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_changes.ResolutionDataChanged())
        {
            AfterCommit(cache.Invalidate);
        }

        return base.CommitAsync(cancellationToken);
    }

    Task IUnitOfWork.CommitAsync(CancellationToken cancellationToken) => CommitAsync(cancellationToken);

    private sealed class ChangeDetector(CatalogDbContext context)
    {
        public bool ResolutionDataChanged()
        {
            context.ChangeTracker.DetectChanges();
            return context.ChangeTracker.Entries()
                .Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                    && (e.Entity is Item or CrossReference || e.Metadata.IsOwned()));
        }
    }
}
