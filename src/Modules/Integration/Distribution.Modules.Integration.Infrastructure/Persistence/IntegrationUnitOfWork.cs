using Distribution.BuildingBlocks.Application.Correlation;
using Distribution.BuildingBlocks.Infrastructure.Outbox;
using Distribution.BuildingBlocks.Infrastructure.Persistence;
using Distribution.Modules.Integration.Application.Abstractions;

namespace Distribution.Modules.Integration.Infrastructure.Persistence;

internal sealed class IntegrationUnitOfWork(
    IntegrationDbContext context, IServiceProvider services, ICorrelationContext correlation, OutboxSignal signal)
    : UnitOfWork<IntegrationDbContext>(context, services, correlation, signal), IIntegrationUnitOfWork;
