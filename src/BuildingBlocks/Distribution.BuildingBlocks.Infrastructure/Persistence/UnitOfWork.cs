using Distribution.BuildingBlocks.Application.Correlation;
using Distribution.BuildingBlocks.Application.Errors;
using Distribution.BuildingBlocks.Application.Events;
using Distribution.BuildingBlocks.Application.Persistence;
using Distribution.BuildingBlocks.Domain;
using Distribution.BuildingBlocks.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Distribution.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// The one way a module commits: domain events are handled in-process first (their handlers may change more rows
/// or publish integration events), versions move on, and then one SaveChanges writes business rows and outbox rows
/// together. Only after that is the dispatcher signalled and the after-commit actions run. Each module derives a
/// one-line class that also implements its Application-layer marker (e.g. <c>ICatalogUnitOfWork</c>).
/// </summary>
public class UnitOfWork<TContext>(
    TContext context,
    IServiceProvider services,
    ICorrelationContext correlation,
    OutboxSignal outboxSignal) : IUnitOfWork
    where TContext : ModuleDbContext
{
    private readonly List<Action> _afterCommit = [];

    /// <inheritdoc />
    public void Publish(IIntegrationEvent integrationEvent)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        context.OutboxMessages.Add(OutboxMessage.For(integrationEvent, correlation.CorrelationId));
    }

    /// <inheritdoc />
    public void AfterCommit(Action action) => _afterCommit.Add(action);

    /// <inheritdoc />
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await DispatchDomainEventsAsync(cancellationToken);
        bool publishedEvents;
        // The last look for domain events detected every change; each further Entries() call would scan every
        // tracked row again (a delivery batch tracks hundreds), and SaveChanges detects the version stamps anyway.
        var autoDetect = context.ChangeTracker.AutoDetectChangesEnabled;
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            StampVersions();
            publishedEvents = context.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added);
        }
        finally
        {
            context.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }

        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw PreconditionException.Failed();
        }
        catch (DbUpdateException exception) when (UniqueViolation.IsCausedBy(exception))
        {
            throw new ConflictException("conflict.duplicate", "A resource with the same unique key already exists.");
        }

        if (publishedEvents)
        {
            outboxSignal.Signal(context.ModuleName);
        }

        var actions = _afterCommit.ToArray();
        _afterCommit.Clear();
        foreach (var action in actions)
        {
            action();
        }
    }

    // Handlers may raise further events; keep going until the aggregates are quiet.
    private async Task DispatchDomainEventsAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var raised = context.ChangeTracker.Entries<IHasDomainEvents>()
                .Select(e => e.Entity)
                .Where(e => e.DomainEvents.Count > 0)
                .ToList();
            if (raised.Count == 0)
            {
                return;
            }

            var domainEvents = raised.SelectMany(e => e.DomainEvents).ToList();
            raised.ForEach(e => e.ClearDomainEvents());
            foreach (var domainEvent in domainEvents)
            {
                await DomainEventDispatcher.DispatchAsync(services, domainEvent, cancellationToken);
            }
        }
    }

    private void StampVersions()
    {
        foreach (var entry in context.ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.IncrementVersion();
            }
        }

        foreach (var row in context.AppendedRows.OfType<IVersioned>())
        {
            row.IncrementVersion();
        }
    }
}
