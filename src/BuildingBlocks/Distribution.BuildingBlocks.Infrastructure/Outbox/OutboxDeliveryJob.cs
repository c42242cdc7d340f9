using Distribution.BuildingBlocks.Application.Events;
using Distribution.BuildingBlocks.Infrastructure.Correlation;
using Distribution.BuildingBlocks.Infrastructure.Persistence;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Distribution.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// Delivers one event to one subscriber, at most once in effect: the consumer's inbox row (event id, handler)
/// commits in the same transaction as the handler's changes, so a repeated delivery finds it and stops.
/// </summary>
public sealed class OutboxDeliveryJob(
    IServiceProvider services,
    IEnumerable<ModuleDatabase> databases,
    IntegrationEventSubscribers subscribers,
    TimeProvider clock,
    ILogger<OutboxDeliveryJob> logger)
{
    /// <summary>Enqueues a delivery under the event's own correlation id (not the dispatcher's).</summary>
    public static void Enqueue(IBackgroundJobClient jobs, string sourceModule, Guid eventId, string subscriber, string? correlationId)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        using var correlation = CorrelationContext.Begin(correlationId);
        jobs.Enqueue<OutboxDeliveryJob>(job => job.DeliverAsync(sourceModule, eventId, subscriber, CancellationToken.None));
    }

    /// <summary>Delivers the event; Hangfire retries a failing handler, the sweep picks up what it gave up on.</summary>
    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [1, 5, 30, 120, 600])]
    public async Task DeliverAsync(string sourceModule, Guid eventId, string subscriberName, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var source = ContextOf(scope.ServiceProvider, sourceModule);
        var delivery = await source.OutboxDeliveries.AsNoTracking()
            .SingleOrDefaultAsync(d => d.EventId == eventId && d.Subscriber == subscriberName, cancellationToken);
        if (delivery is null || delivery.CompletedAtUtc is not null)
        {
            return;
        }

        var subscriber = subscribers.Find(subscriberName);
        var message = await source.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == eventId, cancellationToken);
        if (subscriber is null)
        {
            logger.LogWarning("Subscriber {Subscriber} no longer exists; delivery of {EventId} closed", subscriberName, eventId);
            await CompleteAsync(source, delivery, cancellationToken);
            return;
        }

        try
        {
            await HandleOnceAsync(scope.ServiceProvider, subscriber, message, cancellationToken);
            await CompleteAsync(source, delivery, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var error = Truncate(exception.Message, 2000);
            await Deliveries(source, delivery).ExecuteUpdateAsync(
                s => s.SetProperty(d => d.Attempts, d => d.Attempts + 1).SetProperty(d => d.LastError, error),
                CancellationToken.None);
            throw;
        }
    }

    private async Task HandleOnceAsync(
        IServiceProvider scoped, IntegrationEventSubscriber subscriber, OutboxMessage message, CancellationToken cancellationToken)
    {
        var consumer = (ModuleDbContext)scoped.GetRequiredService(subscriber.ConsumerContextType);
        var alreadyHandled = await consumer.InboxMessages
            .AnyAsync(i => i.EventId == message.Id && i.Handler == subscriber.Name, cancellationToken);
        if (alreadyHandled)
        {
            return;
        }

        consumer.InboxMessages.Add(new InboxMessage
        {
            EventId = message.Id,
            Handler = subscriber.Name,
            Type = message.Type,
            HandledAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        var handler = (IIntegrationEventHandler)scoped.GetRequiredService(subscriber.HandlerType);
        var envelope = new IntegrationEventEnvelope(message.Id, message.Type, message.OccurredAtUtc, message.CorrelationId, message.Payload);
        await handler.HandleAsync(envelope, cancellationToken);

        var unitOfWork = (Application.Persistence.IUnitOfWork)scoped.GetRequiredService(
            typeof(UnitOfWork<>).MakeGenericType(subscriber.ConsumerContextType));
        try
        {
            await unitOfWork.CommitAsync(cancellationToken);
        }
        catch (Application.Errors.ConflictException)
        {
            // A concurrent delivery of the same event committed its inbox row first: it has been handled once.
            consumer.ChangeTracker.Clear();
            logger.LogInformation("Event {EventId} was handled concurrently by {Subscriber}", message.Id, subscriber.Name);
        }
    }

    private async Task CompleteAsync(ModuleDbContext source, OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await Deliveries(source, delivery).ExecuteUpdateAsync(
            s => s.SetProperty(d => d.Attempts, d => d.Attempts + 1).SetProperty(d => d.CompletedAtUtc, now),
            cancellationToken);
    }

    private static IQueryable<OutboxDelivery> Deliveries(ModuleDbContext source, OutboxDelivery delivery) =>
        source.OutboxDeliveries.Where(d => d.EventId == delivery.EventId && d.Subscriber == delivery.Subscriber);

    private ModuleDbContext ContextOf(IServiceProvider scoped, string moduleName) =>
        (ModuleDbContext)scoped.GetRequiredService(databases.Single(d => d.ModuleName == moduleName).ContextType);

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
