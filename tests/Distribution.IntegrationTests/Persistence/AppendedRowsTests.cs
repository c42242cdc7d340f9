using Distribution.BuildingBlocks.Infrastructure.Outbox;
using Distribution.BuildingBlocks.Infrastructure.Persistence;
using Distribution.IntegrationTests.Infrastructure;
using Distribution.Modules.Catalog.Domain.Items;
using Distribution.Modules.Catalog.Infrastructure.Persistence;
using Distribution.Modules.Integration.Application.Abstractions;
using Distribution.Modules.Integration.Domain.Messages;
using Distribution.Modules.Integration.Domain.Subscriptions;
using Distribution.Modules.Integration.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.IntegrationTests.Persistence;

/// <summary>
/// Rows appended to a module's context (ADR 0016) bypass EF Core's per-row commands on SQLite. They must still be
/// stored exactly as EF Core stores the same row, and commit or fail with the rest of the save.
/// </summary>
[TestFixture]
public sealed class AppendedRowsTests : StartedHubFixture
{
    private const string Handler = "itest.appended-rows";

    [Test]
    public async Task Append_StoresEveryColumnAsEfCoreStoresTheSameRow()
    {
        var now = new DateTime(2026, 11, 28, 10, 41, 7, DateTimeKind.Utc).AddTicks(1234567);
        var subscriptionId = Guid.CreateVersion7();
        var appended = Message(subscriptionId, now);
        var tracked = Message(subscriptionId, now);

        await using (var scope = Hub.Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<IntegrationDbContext>();
            context.Append([appended]);
            context.OutboundMessages.Add(tracked);
            await scope.ServiceProvider.GetRequiredService<IIntegrationUnitOfWork>().CommitAsync(CancellationToken.None);
        }

        await using (var scope = Hub.Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<IntegrationDbContext>();
            var viaAppend = await StoredColumns.ReadAsync(context, "OutboundMessages", appended.Id);
            var viaEfCore = await StoredColumns.ReadAsync(context, "OutboundMessages", tracked.Id);
            var readBack = await context.OutboundMessages.AsNoTracking().SingleAsync(m => m.Id == appended.Id);
            using (Assert.EnterMultipleScope())
            {
                // Same storage class and text, column by column (the ids differ by design).
                Assert.That(viaAppend.Keys, Is.EquivalentTo(viaEfCore.Keys));
                foreach (var column in viaEfCore.Keys.Except([nameof(OutboundMessage.Id), nameof(OutboundMessage.EventId)]))
                {
                    Assert.That(viaAppend[column], Is.EqualTo(viaEfCore[column]), column);
                }

                Assert.That(readBack.Version, Is.EqualTo(1), "the unit of work stamps appended aggregates like added ones");
                Assert.That(readBack.EventId, Is.EqualTo(appended.EventId));
                Assert.That(readBack.CreatedAtUtc, Is.EqualTo(now));
                Assert.That(readBack.NextAttemptAtUtc, Is.EqualTo(appended.NextAttemptAtUtc));
                Assert.That(readBack.Payload, Is.EqualTo(appended.Payload));
                Assert.That(readBack.CorrelationId, Is.EqualTo(appended.CorrelationId));
                Assert.That(readBack.Status, Is.EqualTo(OutboundMessageStatus.Retrying));
            }
        }
    }

    [Test]
    public async Task Append_WhenOneRowBreaksAUniqueKey_NothingOfTheSaveIsWritten()
    {
        var handled = Guid.CreateVersion7();
        await SaveInboxRowsAsync([handled]);
        var fresh = Guid.CreateVersion7();
        var subscription = WebhookSubscription.Create(
            "Appended rows test", "catalog.*", new Uri("https://partner.example/hooks"), "whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQ=", 5, DateTime.UtcNow);

        await using (var scope = Hub.Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<IntegrationDbContext>();
            context.Subscriptions.Add(subscription);
            context.Append([Inbox(fresh), Inbox(handled)]);
            var failure = Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
            Assert.That(UniqueViolation.IsCausedBy(failure!), Is.True, failure!.ToString());
        }

        await using (var scope = Hub.Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<IntegrationDbContext>();
            using (Assert.EnterMultipleScope())
            {
                Assert.That(await context.InboxMessages.AnyAsync(i => i.EventId == fresh), Is.False, "the other appended row");
                Assert.That(await context.Subscriptions.AnyAsync(s => s.Id == subscription.Id), Is.False, "the tracked change");
            }
        }
    }

    [Test]
    public async Task Append_InsideTheCallersTransaction_IsRolledBackWithIt()
    {
        var eventId = Guid.CreateVersion7();
        await using (var scope = Hub.Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<IntegrationDbContext>();
            await using var transaction = await context.Database.BeginTransactionAsync();
            context.Append([Inbox(eventId)]);
            Assert.That(await context.SaveChangesAsync(), Is.EqualTo(1));
            Assert.That(await context.InboxMessages.AnyAsync(i => i.EventId == eventId), Is.True, "visible inside the transaction");
            await transaction.RollbackAsync();
        }

        await using (var scope = Hub.Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<IntegrationDbContext>();
            Assert.That(await context.InboxMessages.AnyAsync(i => i.EventId == eventId), Is.False);
        }
    }

    [Test]
    public void Append_RowsWithPendingDomainEvents_AreRefused()
    {
        using var scope = Hub.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        var item = Item.Create("APPEND-1", "Raises ItemCreated", null, "EA", DateTime.UtcNow);
        Assume.That(item.DomainEvents, Is.Not.Empty);

        // Its handlers would never run: the unit of work only dispatches tracked aggregates' events.
        Assert.Throws<InvalidOperationException>(() => context.Append([item]));
    }

    // A message with every kind of value: text with quotes and non-ASCII, null and non-null dates with ticks, an int,
    // a string-converted enum.
    private static OutboundMessage Message(Guid subscriptionId, DateTime now)
    {
        var message = OutboundMessage.Create(
            subscriptionId, Guid.CreateVersion7(), "catalog.item-created.v1", "corr-ü-✓", """{"sku":"BLT-M8-40","name":"Schraube \"M8\" ⌀ 8 mm 🔩"}""", now);
        message.RecordFailure("503 Service Unavailable: ünavailable", now, maxAttempts: 5, new RetryBackoff(TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(30)), 0.5);
        return message;
    }

    private static InboxMessage Inbox(Guid eventId) =>
        new() { EventId = eventId, Handler = Handler, Type = "catalog.item-created.v1", HandledAtUtc = DateTime.UtcNow };

    private async Task SaveInboxRowsAsync(IReadOnlyCollection<Guid> eventIds)
    {
        await using var scope = Hub.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<IntegrationDbContext>();
        context.Append(eventIds.Select(Inbox).ToList());
        await context.SaveChangesAsync();
    }
}
