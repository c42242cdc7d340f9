using Distribution.BuildingBlocks.Application.Correlation;
using Distribution.BuildingBlocks.Infrastructure.Outbox;
using Distribution.BuildingBlocks.Infrastructure.Persistence;
using Distribution.Modules.Catalog.Application.Abstractions;

namespace Distribution.Modules.Catalog.Infrastructure.Persistence;

internal sealed class CatalogUnitOfWork(
    CatalogDbContext context, IServiceProvider services, ICorrelationContext correlation, OutboxSignal signal)
    : UnitOfWork<CatalogDbContext>(context, services, correlation, signal), ICatalogUnitOfWork;
