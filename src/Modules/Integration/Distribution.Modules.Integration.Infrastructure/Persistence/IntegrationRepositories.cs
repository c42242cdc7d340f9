using Distribution.Modules.Integration.Application.Abstractions;
using Distribution.Modules.Integration.Domain.Messages;
using Distribution.Modules.Integration.Domain.Subscriptions;
using Distribution.Modules.Integration.Domain.SyncJobs;
using Microsoft.EntityFrameworkCore;

namespace Distribution.Modules.Integration.Infrastructure.Persistence;

internal sealed class SubscriptionRepository(IntegrationDbContext context) : ISubscriptionRepository
{
    public Task<WebhookSubscription?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        context.Subscriptions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    public async Task<IReadOnlyList<WebhookSubscription>> ListEnabledAsync(CancellationToken cancellationToken) =>
        await context.Subscriptions.AsNoTracking().Where(s => s.Enabled).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<WebhookSubscription>> ListAsync(Guid? afterId, int limit, CancellationToken cancellationToken) =>
        await context.Subscriptions.AsNoTracking()
            .Where(s => afterId == null || s.Id.CompareTo(afterId.Value) > 0)
            .OrderBy(s => s.Id).Take(limit).ToListAsync(cancellationToken);

    public void Add(WebhookSubscription subscription) => context.Subscriptions.Add(subscription);

    public void Remove(WebhookSubscription subscription) => context.Subscriptions.Remove(subscription);
}

internal sealed class OutboundMessageRepository(IntegrationDbContext context) : IOutboundMessageRepository
{
    public Task<OutboundMessage?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        context.OutboundMessages.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);

    public async Task<IReadOnlyList<OutboundMessage>> ListAsync(
        MessageFilter filter, Guid? beforeId, int limit, CancellationToken cancellationToken) =>
        await context.OutboundMessages.AsNoTracking()
            .Where(m => filter.CorrelationId == null || m.CorrelationId == filter.CorrelationId)
            .Where(m => filter.Status == null || m.Status == filter.Status)
            .Where(m => filter.SubscriptionId == null || m.SubscriptionId == filter.SubscriptionId)
            .Where(m => beforeId == null || m.Id.CompareTo(beforeId.Value) < 0)
            .OrderByDescending(m => m.Id).Take(limit).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<DueMessage>> ListDueAsync(CancellationToken cancellationToken) =>
        await context.OutboundMessages
            .Where(m => m.Status == OutboundMessageStatus.Pending || m.Status == OutboundMessageStatus.Retrying)
            .Select(m => new DueMessage(m.Id, m.SubscriptionId, m.NextAttemptAtUtc, m.CorrelationId))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<OutboundMessage>> ListByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await context.OutboundMessages.Where(m => ids.Contains(m.Id)).ToListAsync(cancellationToken);

    public async Task<IReadOnlySet<(Guid EventId, Guid SubscriptionId)>> ListQueuedAsync(
        IReadOnlyCollection<Guid> eventIds, CancellationToken cancellationToken) =>
        (await context.OutboundMessages.AsNoTracking()
            .Where(m => eventIds.Contains(m.EventId))
            .Select(m => new { m.EventId, m.SubscriptionId })
            .ToListAsync(cancellationToken))
        .Select(m => (m.EventId, m.SubscriptionId))
        .ToHashSet();

    public async Task<IReadOnlyDictionary<OutboundMessageStatus, int>> CountByStatusAsync(CancellationToken cancellationToken) =>
        await context.OutboundMessages.GroupBy(m => m.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);

    public async Task<IReadOnlyList<(DateTime CreatedAtUtc, OutboundMessageStatus Status)>> ListCreatedSinceAsync(
        DateTime sinceUtc, CancellationToken cancellationToken) =>
        (await context.OutboundMessages.AsNoTracking()
            .Where(m => m.CreatedAtUtc >= sinceUtc)
            .OrderByDescending(m => m.CreatedAtUtc)
            .Take(100_000)
            .Select(m => new { m.CreatedAtUtc, m.Status })
            .ToListAsync(cancellationToken))
        .Select(m => (m.CreatedAtUtc, m.Status))
        .ToList();

    public Task<DateTime?> OldestDueCreatedAtAsync(CancellationToken cancellationToken) =>
        context.OutboundMessages
            .Where(m => m.Status == OutboundMessageStatus.Pending || m.Status == OutboundMessageStatus.Retrying)
            .OrderBy(m => m.CreatedAtUtc)
            .Select(m => (DateTime?)m.CreatedAtUtc)
            .FirstOrDefaultAsync(cancellationToken);

    // Only ever inserted by the fan-out, hundreds per commit: appended rather than tracked (ADR 0016).
    public void AddRange(IReadOnlyCollection<OutboundMessage> newMessages) => context.Append(newMessages);
}

internal sealed class SyncScheduleRepository(IntegrationDbContext context) : ISyncScheduleRepository
{
    public Task<SyncSchedule?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        context.SyncSchedules.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    public async Task<IReadOnlyList<SyncSchedule>> ListAsync(CancellationToken cancellationToken) =>
        await context.SyncSchedules.AsNoTracking().ToListAsync(cancellationToken);

    public Task<bool> NameTakenAsync(string name, Guid? exceptId, CancellationToken cancellationToken) =>
        context.SyncSchedules.AnyAsync(s => s.Name == name && (exceptId == null || s.Id != exceptId), cancellationToken);

    public void Add(SyncSchedule schedule) => context.SyncSchedules.Add(schedule);

    public void Remove(SyncSchedule schedule) => context.SyncSchedules.Remove(schedule);
}
