using Distribution.BuildingBlocks.Infrastructure.Outbox;
using Distribution.IntegrationTests.Infrastructure;
using Distribution.Modules.Catalog.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.IntegrationTests.Recovery;

/// <summary>
/// The dispatcher's commit (events marked processed + their delivery rows) may be run again by SQL Server's retrying
/// execution strategy after a commit whose acknowledgement was lost. Running it again must find the work done, not fail
/// on the delivery rows' keys; and events another instance took over must not be dispatched here.
/// </summary>
[TestFixture]
public sealed class DispatchRetryTests : StartedHubFixture
{
    private const string Subscriber = "itest.dispatch-retry";

    [Test]
    public async Task MarkDispatched_RunAgainAfterItCommitted_FindsItDoneAndWritesNothingTwice()
    {
        var events = await ClaimedEventsAsync(OutboxDispatchJob.InstanceId, OutboxDispatchJob.InstanceId);
        var now = DateTime.UtcNow;

        var first = await InScopeAsync(context => OutboxDispatchJob.MarkDispatchedAsync(context, events, Deliveries(events, now), now, CancellationToken.None));
        var again = await InScopeAsync(context => OutboxDispatchJob.MarkDispatchedAsync(context, events, Deliveries(events, now), now, CancellationToken.None));

        Assert.That((first, again), Is.EqualTo((true, true)), "the second run sees the first one's commit as its own");
        Assert.That(await DeliveryCountAsync(events), Is.EqualTo(events.Count));
        Assert.That(await InScopeAsync(c => c.OutboxMessages.CountAsync(m => events.Contains(m.Id) && m.ProcessedAtUtc != null && m.LockedBy == null)),
            Is.EqualTo(events.Count));
    }

    [Test]
    public async Task MarkDispatched_WhenAnotherInstanceTookTheEventsOver_DispatchesNothing()
    {
        var events = await ClaimedEventsAsync("another-host:1:lease", "another-host:1:lease");
        var now = DateTime.UtcNow;

        var dispatched = await InScopeAsync(context => OutboxDispatchJob.MarkDispatchedAsync(context, events, Deliveries(events, now), now, CancellationToken.None));

        Assert.That(dispatched, Is.False);
        Assert.That(await DeliveryCountAsync(events), Is.Zero);
    }

    [Test]
    public async Task MarkDispatched_WhenOnlySomeEventsAreStillLockedHere_RollsEverythingBack()
    {
        var events = await ClaimedEventsAsync(OutboxDispatchJob.InstanceId, "another-host:1:lease");
        var now = DateTime.UtcNow;

        Assert.ThrowsAsync<InvalidOperationException>(() =>
            InScopeAsync(context => OutboxDispatchJob.MarkDispatchedAsync(context, events, Deliveries(events, now), now, CancellationToken.None)));

        Assert.That(await DeliveryCountAsync(events), Is.Zero);
        Assert.That(await InScopeAsync(c => c.OutboxMessages.CountAsync(m => events.Contains(m.Id) && m.ProcessedAtUtc == null)), Is.EqualTo(2));
    }

    private static List<OutboxDelivery> Deliveries(List<Guid> events, DateTime now) =>
        events.Select(id => new OutboxDelivery { EventId = id, Subscriber = Subscriber, EnqueuedAtUtc = now }).ToList();

    // Events as a claim leaves them: unprocessed, locked by the given instances until well after the test (so the
    // hub's own dispatcher does not take them).
    private async Task<List<Guid>> ClaimedEventsAsync(params string[] lockedBy)
    {
        var messages = lockedBy.Select(owner => new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            Type = "itest.dispatch-retry.v1",
            Payload = "{}",
            OccurredAtUtc = DateTime.UtcNow,
            LockedBy = owner,
            LockedUntilUtc = DateTime.UtcNow.AddHours(1),
        }).ToList();
        await InScopeAsync(async context =>
        {
            context.OutboxMessages.AddRange(messages);
            return await context.SaveChangesAsync();
        });
        return messages.Select(m => m.Id).ToList();
    }

    private Task<int> DeliveryCountAsync(List<Guid> events) =>
        InScopeAsync(c => c.OutboxDeliveries.CountAsync(d => events.Contains(d.EventId) && d.Subscriber == Subscriber));

    private async Task<T> InScopeAsync<T>(Func<CatalogDbContext, Task<T>> work)
    {
        await using var scope = Hub.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<CatalogDbContext>());
    }
}
