using Distribution.BuildingBlocks.Application.Correlation;
using Distribution.BuildingBlocks.Infrastructure.Outbox;
using Distribution.BuildingBlocks.Infrastructure.Persistence;
using Distribution.Modules.Partners.Application.Abstractions;

namespace Distribution.Modules.Partners.Infrastructure.Persistence;

internal sealed class PartnersUnitOfWork(
    PartnersDbContext context, IServiceProvider services, ICorrelationContext correlation, OutboxSignal signal)
    : UnitOfWork<PartnersDbContext>(context, services, correlation, signal), IPartnersUnitOfWork;
