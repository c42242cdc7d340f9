using System.Runtime.ExceptionServices;
using Distribution.BuildingBlocks.Application.Events;
using Distribution.BuildingBlocks.Infrastructure.Correlation;
using Distribution.BuildingBlocks.Infrastructure.Persistence;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Distribution.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// Delivers a dispatched batch of events to one subscriber, each at most once in effect: the consumer's inbox row
/// (event id, handler) commits in the same transaction as the handler's changes, so a repeated delivery finds it
/// and skips that event. The batch is handled in one transaction; if that fails, each event is tried on its own
/// (its own transaction), so one event that cannot be handled does not hold back the others.
/// </summary>
public sealed class OutboxDeliveryJob(
    IServiceProvider services,
    IEnumerable<ModuleDatabase> databases,
    IntegrationEventSubscribers subscribers,
    TimeProvider clock,
    ILogger<OutboxDeliveryJob> logger)
{
    /// <summary>
    /// Enqueues the delivery of <paramref name="eventIds"/> to <paramref name="subscriber"/>, under
    /// <paramref name="correlationId"/> (the event's own when the batch holds one event; null keeps the caller's).
    /// </summary>
    public static void Enqueue(
        IBackgroundJobClient jobs, string sourceModule, IReadOnlyList<Guid> eventIds, string subscriber, string? correlationId)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(eventIds);
        using var correlation = correlationId is null ? null : CorrelationContext.Begin(correlationId);
        var ids = eventIds.ToArray();
        jobs.Enqueue<OutboxDeliveryJob>(job => job.DeliverBatchAsync(sourceModule, subscriber, ids, CancellationToken.None));
    }

    /// <summary>Delivers one event (jobs created before batching, and tests).</summary>
    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [1, 5, 30, 120, 600])]
    public Task DeliverAsync(string sourceModule, Guid eventId, string subscriberName, CancellationToken cancellationToken) =>
        DeliverBatchAsync(sourceModule, subscriberName, [eventId], cancellationToken);

    /// <summary>
    /// Delivers the events still open for the subscriber; Hangfire retries a failing handler (the retry finds the
    /// events already handled completed and skips them), the sweep picks up what it gave up on.
    /// </summary>
    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [1, 5, 30, 120, 600])]
    public async Task DeliverBatchAsync(string sourceModule, string subscriberName, Guid[] eventIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(eventIds);
        List<OutboxMessage> messages;
        await using (var scope = services.CreateAsyncScope())
        {
            var source = ContextOf(scope.ServiceProvider, sourceModule);
            var open = await source.OutboxDeliveries.AsNoTracking()
                .Where(d => eventIds.Contains(d.EventId) && d.Subscriber == subscriberName && d.CompletedAtUtc == null)
                .Select(d => d.EventId)
                .ToListAsync(cancellationToken);
            if (open.Count == 0)
            {
                return;
            }

            var subscriber = subscribers.Find(subscriberName);
            if (subscriber is null)
            {
                logger.LogWarning("Subscriber {Subscriber} no longer exists; delivery of {Count} events closed", subscriberName, open.Count);
                await CompleteAsync(source, subscriberName, open, cancellationToken);
                return;
            }

            messages = await source.OutboxMessages.AsNoTracking()
                .Where(m => open.Contains(m.Id))
                .OrderBy(m => m.OccurredAtUtc)
                .ToListAsync(cancellationToken);
            if (messages.Count == 1)
            {
                // The latency path: one event, one scope, as before batching.
                var failure = await DeliverOneAsync(scope.ServiceProvider, source, subscriber, messages[0], cancellationToken);
                if (failure is not null)
                {
                    ExceptionDispatchInfo.Capture(failure).Throw();
                }

                return;
            }

            try
            {
                await HandleOnceAsync(scope.ServiceProvider, subscriber, messages, cancellationToken);
                await CompleteAsync(source, subscriberName, open, cancellationToken);
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning("Delivery of {Count} events to {Subscriber} failed as a batch ({Error}); delivering them one by one",
                    messages.Count, subscriberName, exception.Message);
            }
        }

        Exception? firstFailure = null;
        foreach (var message in messages)
        {
            // A fresh scope per event: the failed batch's context and pending after-commit actions are gone.
            await using var scope = services.CreateAsyncScope();
            var source = ContextOf(scope.ServiceProvider, sourceModule);
            using var correlation = message.CorrelationId is null ? null : CorrelationContext.Begin(message.CorrelationId);
            // Every event is tried, whatever failed before it ("??=" would skip the call once a failure is kept).
            var failure = await DeliverOneAsync(scope.ServiceProvider, source, subscribers.Find(subscriberName)!, message, cancellationToken);
            firstFailure ??= failure;
        }

        if (firstFailure is not null)
        {
            // Hangfire retries the job; the events handled meanwhile are completed and skipped then.
            ExceptionDispatchInfo.Capture(firstFailure).Throw();
        }
    }

    // Handles one event in its own transaction; a failure is recorded on its delivery row and returned.
    private async Task<Exception?> DeliverOneAsync(
        IServiceProvider scoped, ModuleDbContext source, IntegrationEventSubscriber subscriber, OutboxMessage message,
        CancellationToken cancellationToken)
    {
        try
        {
            await HandleOnceAsync(scoped, subscriber, [message], cancellationToken);
            await CompleteAsync(source, subscriber.Name, [message.Id], cancellationToken);
            return null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var error = Truncate(exception.Message, 2000);
            await source.OutboxDeliveries.Where(d => d.EventId == message.Id && d.Subscriber == subscriber.Name)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(d => d.Attempts, d => d.Attempts + 1).SetProperty(d => d.LastError, error),
                    CancellationToken.None);
            logger.LogWarning("Delivery of {EventId} to {Subscriber} failed: {Error}", message.Id, subscriber.Name, error);
            return exception;
        }
    }

    private async Task HandleOnceAsync(
        IServiceProvider scoped, IntegrationEventSubscriber subscriber, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var consumer = (ModuleDbContext)scoped.GetRequiredService(subscriber.ConsumerContextType);
        var ids = messages.Select(m => m.Id).ToList();
        var alreadyHandled = (await consumer.InboxMessages
            .Where(i => ids.Contains(i.EventId) && i.Handler == subscriber.Name)
            .Select(i => i.EventId)
            .ToListAsync(cancellationToken)).ToHashSet();
        var pending = messages.Where(m => !alreadyHandled.Contains(m.Id)).ToList();
        if (pending.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        consumer.Append(pending
            .Select(m => new InboxMessage { EventId = m.Id, Handler = subscriber.Name, Type = m.Type, HandledAtUtc = now })
            .ToList());

        var handler = (IIntegrationEventHandler)scoped.GetRequiredService(subscriber.HandlerType);
        var envelopes = pending
            .Select(m => new IntegrationEventEnvelope(m.Id, m.Type, m.OccurredAtUtc, m.CorrelationId, m.Payload))
            .ToList();
        if (handler is IIntegrationEventBatchHandler batchHandler)
        {
            await batchHandler.HandleBatchAsync(envelopes, cancellationToken);
        }
        else
        {
            foreach (var envelope in envelopes)
            {
                await handler.HandleAsync(envelope, cancellationToken);
            }
        }

        var unitOfWork = (Application.Persistence.IUnitOfWork)scoped.GetRequiredService(
            typeof(UnitOfWork<>).MakeGenericType(subscriber.ConsumerContextType));
        try
        {
            await unitOfWork.CommitAsync(cancellationToken);
        }
        catch (Application.Errors.ConflictException) when (pending.Count == 1)
        {
            // A concurrent delivery of the same event committed its inbox row first: it has been handled once.
            // Any other conflict (the handler's own unique key) is a failure of this event, not a duplicate.
            // (In a batch the conflict is rethrown, and each event is then tried on its own.)
            consumer.ChangeTracker.Clear();
            var eventId = pending[0].Id;
            if (!await consumer.InboxMessages.AnyAsync(i => i.EventId == eventId && i.Handler == subscriber.Name, cancellationToken))
            {
                throw;
            }

            logger.LogInformation("Event {EventId} was handled concurrently by {Subscriber}", pending[0].Id, subscriber.Name);
        }
    }

    private async Task CompleteAsync(ModuleDbContext source, string subscriberName, List<Guid> eventIds, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await source.OutboxDeliveries
            .Where(d => eventIds.Contains(d.EventId) && d.Subscriber == subscriberName && d.CompletedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Attempts, d => d.Attempts + 1).SetProperty(d => d.CompletedAtUtc, now),
                cancellationToken);
    }

    private ModuleDbContext ContextOf(IServiceProvider scoped, string moduleName) =>
        (ModuleDbContext)scoped.GetRequiredService(databases.Single(d => d.ModuleName == moduleName).ContextType);

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
