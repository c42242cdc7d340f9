using Distribution.BuildingBlocks.Application.Persistence;
using Distribution.Modules.Integration.Domain.Messages;
using Distribution.Modules.Integration.Domain.Subscriptions;
using Distribution.Modules.Integration.Domain.SyncJobs;

namespace Distribution.Modules.Integration.Application.Abstractions;

/// <summary>Commits the Integration module's database.</summary>
public interface IIntegrationUnitOfWork : IUnitOfWork;

/// <summary>Webhook subscriptions.</summary>
public interface ISubscriptionRepository
{
    /// <summary>One subscription, or null.</summary>
    Task<WebhookSubscription?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Every enabled subscription (few; the fan-out filters them by event type).</summary>
    Task<IReadOnlyList<WebhookSubscription>> ListEnabledAsync(CancellationToken cancellationToken);

    /// <summary>A page ordered by id.</summary>
    Task<IReadOnlyList<WebhookSubscription>> ListAsync(Guid? afterId, int limit, CancellationToken cancellationToken);

    /// <summary>Adds one.</summary>
    void Add(WebhookSubscription subscription);

    /// <summary>Removes one.</summary>
    void Remove(WebhookSubscription subscription);
}

/// <summary>The outbound message log.</summary>
public interface IOutboundMessageRepository
{
    /// <summary>One message, or null.</summary>
    Task<OutboundMessage?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>A page of messages, newest first, filtered.</summary>
    Task<IReadOnlyList<OutboundMessage>> ListAsync(MessageFilter filter, Guid? beforeId, int limit, CancellationToken cancellationToken);

    /// <summary>Messages still due (pending or retrying), without their bodies: for recovery after a restart and the sweep.</summary>
    Task<IReadOnlyList<DueMessage>> ListDueAsync(CancellationToken cancellationToken);

    /// <summary>The messages with these ids that exist, tracked (a delivery job's batch).</summary>
    Task<IReadOnlyList<OutboundMessage>> ListByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>The (event, subscription) pairs that already have a message, for the events <paramref name="eventIds"/>.</summary>
    Task<IReadOnlySet<(Guid EventId, Guid SubscriptionId)>> ListQueuedAsync(IReadOnlyCollection<Guid> eventIds, CancellationToken cancellationToken);

    /// <summary>How many messages are in each status.</summary>
    Task<IReadOnlyDictionary<OutboundMessageStatus, int>> CountByStatusAsync(CancellationToken cancellationToken);

    /// <summary>Creation time and status of the messages created since <paramref name="sinceUtc"/> (at most 100,000).</summary>
    Task<IReadOnlyList<(DateTime CreatedAtUtc, OutboundMessageStatus Status)>> ListCreatedSinceAsync(DateTime sinceUtc, CancellationToken cancellationToken);

    /// <summary>Creation time of the oldest message still pending or retrying.</summary>
    Task<DateTime?> OldestDueCreatedAtAsync(CancellationToken cancellationToken);

    /// <summary>Adds new messages, written at the next commit.</summary>
    void AddRange(IReadOnlyCollection<OutboundMessage> newMessages);
}

/// <summary>A message still to be attempted, as recovery needs it.</summary>
/// <param name="Id">The message.</param>
/// <param name="SubscriptionId">Its subscription (a delivery job carries one subscription's messages).</param>
/// <param name="NextAttemptAtUtc">When its next attempt is due.</param>
/// <param name="CorrelationId">Its correlation id.</param>
public sealed record DueMessage(Guid Id, Guid SubscriptionId, DateTime? NextAttemptAtUtc, string? CorrelationId);

/// <summary>Filters of the message log.</summary>
/// <param name="CorrelationId">Only this business transaction.</param>
/// <param name="Status">Only this status.</param>
/// <param name="SubscriptionId">Only this subscription.</param>
public sealed record MessageFilter(string? CorrelationId, OutboundMessageStatus? Status, Guid? SubscriptionId);

/// <summary>Sync-job schedules.</summary>
public interface ISyncScheduleRepository
{
    /// <summary>One schedule, or null.</summary>
    Task<SyncSchedule?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Every schedule.</summary>
    Task<IReadOnlyList<SyncSchedule>> ListAsync(CancellationToken cancellationToken);

    /// <summary>True when another schedule has this name.</summary>
    Task<bool> NameTakenAsync(string name, Guid? exceptId, CancellationToken cancellationToken);

    /// <summary>Adds one.</summary>
    void Add(SyncSchedule schedule);

    /// <summary>Removes one.</summary>
    void Remove(SyncSchedule schedule);
}

/// <summary>Sends one webhook (Standard Webhooks signature) and says how it went.</summary>
public interface IWebhookSender
{
    /// <summary>POSTs the message; null on 2xx, else the error to record.</summary>
    Task<string?> SendAsync(WebhookSubscription subscription, OutboundMessage message, CancellationToken cancellationToken);
}

/// <summary>Schedules webhook delivery attempts (Hangfire in Infrastructure).</summary>
public interface IWebhookDeliveryScheduler
{
    /// <summary>Attempts delivery of <paramref name="messageId"/> at <paramref name="dueAtUtc"/> (now if past).</summary>
    void Schedule(Guid messageId, DateTime dueAtUtc, string? correlationId);

    /// <summary>
    /// Attempts delivery of <paramref name="messageIds"/> (one subscription's, so that a slow receiver holds back no
    /// other's outcomes) at <paramref name="dueAtUtc"/> (now if past), several messages per job. <paramref name="correlationId"/> is the jobs' correlation id (null keeps the caller's); each message
    /// still travels with its own.
    /// </summary>
    void Schedule(IReadOnlyList<Guid> messageIds, DateTime dueAtUtc, string? correlationId);
}

/// <summary>Mirrors schedules into the job scheduler's recurring jobs.</summary>
public interface IRecurringJobMirror
{
    /// <summary>Adds or updates the recurring job, or removes it when the schedule is disabled.</summary>
    void Apply(SyncSchedule schedule);

    /// <summary>Removes the recurring job of a deleted schedule.</summary>
    void Remove(SyncSchedule schedule);

    /// <summary>Runs a schedule's job once, now.</summary>
    string RunNow(SyncSchedule schedule);
}
