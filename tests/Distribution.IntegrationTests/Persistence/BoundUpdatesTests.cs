using Distribution.BuildingBlocks.Application.Errors;
using Distribution.IntegrationTests.Infrastructure;
using Distribution.Modules.Integration.Application.Abstractions;
using Distribution.Modules.Integration.Domain.Messages;
using Distribution.Modules.Integration.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.IntegrationTests.Persistence;

/// <summary>
/// Outbound messages changed in a commit are written by prepared statements on SQLite, not by EF Core's command per
/// row (ADR 0016). The stored row, the version check and the tracked state afterwards must be what EF Core gives.
/// </summary>
[TestFixture]
public sealed class BoundUpdatesTests : StartedHubFixture
{
    private static readonly RetryBackoff Backoff = new(TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(30));
    private static readonly Guid SubscriptionId = Guid.CreateVersion7();
    private static readonly DateTime Now = new DateTime(2026, 11, 28, 11, 30, 1, DateTimeKind.Utc).AddTicks(7654321);

    [Test]
    public async Task Commit_StoresAChangedMessageAsEfCoreStoresTheSameStateInserted()
    {
        var changed = Message();
        await InsertAsync(changed);
        // The same state, inserted by EF Core: what the update must leave behind, column for column.
        var expected = Message();
        Fail(expected);
        await InsertAsync(expected);

        await InScopeAsync(async (context, unitOfWork) =>
        {
            Fail(await context.OutboundMessages.SingleAsync(m => m.Id == changed.Id));
            await unitOfWork.CommitAsync(CancellationToken.None);
        });

        await InScopeAsync(async (context, _) =>
        {
            var stored = await StoredColumns.ReadAsync(context, "OutboundMessages", changed.Id);
            var reference = await StoredColumns.ReadAsync(context, "OutboundMessages", expected.Id);
            using (Assert.EnterMultipleScope())
            {
                foreach (var column in reference.Keys.Except(["Id", "EventId", "Version"]))
                {
                    Assert.That(stored[column], Is.EqualTo(reference[column]), column);
                }

                Assert.That(stored["Version"], Is.EqualTo("integer:2"), "inserted at 1, changed once");
                Assert.That(stored["Status"], Is.EqualTo("text:'Retrying'"));
            }
        });
    }

    [Test]
    public async Task Commit_WhenAMessageChangedSinceItWasRead_FailsAndWritesNothingOfTheCommit()
    {
        var contested = Message();
        var bystander = Message();
        await InsertAsync(contested, bystander);

        await using var slowScope = Hub.Services.CreateAsyncScope();
        var slow = slowScope.ServiceProvider.GetRequiredService<IntegrationDbContext>();
        var slowCopy = await slow.OutboundMessages.SingleAsync(m => m.Id == contested.Id);
        var slowBystander = await slow.OutboundMessages.SingleAsync(m => m.Id == bystander.Id);

        // Another job records an outcome first.
        await InScopeAsync(async (context, unitOfWork) =>
        {
            (await context.OutboundMessages.SingleAsync(m => m.Id == contested.Id)).RecordSuccess(Now);
            await unitOfWork.CommitAsync(CancellationToken.None);
        });

        Fail(slowCopy);
        Fail(slowBystander);
        Assert.ThrowsAsync<PreconditionException>(() =>
            slowScope.ServiceProvider.GetRequiredService<IIntegrationUnitOfWork>().CommitAsync(CancellationToken.None));

        await InScopeAsync(async (context, _) =>
        {
            var stored = await context.OutboundMessages.AsNoTracking().Where(m => m.Id == contested.Id || m.Id == bystander.Id).ToListAsync();
            using (Assert.EnterMultipleScope())
            {
                Assert.That(stored.Single(m => m.Id == contested.Id).Status, Is.EqualTo(OutboundMessageStatus.Sent), "the first writer's outcome stands");
                Assert.That(stored.Single(m => m.Id == bystander.Id).Attempts, Is.Zero, "nothing of the failed commit is written");
            }
        });
    }

    [Test]
    public async Task Commit_AfterABoundUpdate_TheSameContextCanChangeTheMessageAgain()
    {
        var message = Message();
        await InsertAsync(message);

        await InScopeAsync(async (context, unitOfWork) =>
        {
            var tracked = await context.OutboundMessages.SingleAsync(m => m.Id == message.Id);
            Fail(tracked);
            await unitOfWork.CommitAsync(CancellationToken.None);
            // The version check of the second commit needs the first one's values as the original ones.
            tracked.RecordSuccess(Now);
            await unitOfWork.CommitAsync(CancellationToken.None);
        });

        await InScopeAsync(async (context, _) =>
        {
            var stored = await context.OutboundMessages.AsNoTracking().SingleAsync(m => m.Id == message.Id);
            Assert.That((stored.Status, stored.Attempts, stored.Version, stored.SentAtUtc), Is.EqualTo((OutboundMessageStatus.Sent, 2, 3L, (DateTime?)Now)));
        });
    }

    private static OutboundMessage Message() => OutboundMessage.Create(
        SubscriptionId, Guid.CreateVersion7(), "catalog.item-created.v1", "corr-ü", """{"sku":"BLT-M8-40"}""", Now);

    private static void Fail(OutboundMessage message) =>
        message.RecordFailure("HTTP 503 Service Unavailable", Now, maxAttempts: 5, Backoff, jitter: 0.5);

    private Task InsertAsync(params OutboundMessage[] messages) => InScopeAsync(async (context, unitOfWork) =>
    {
        context.OutboundMessages.AddRange(messages);
        await unitOfWork.CommitAsync(CancellationToken.None);
    });

    private async Task InScopeAsync(Func<IntegrationDbContext, IIntegrationUnitOfWork, Task> work)
    {
        await using var scope = Hub.Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<IntegrationDbContext>(), scope.ServiceProvider.GetRequiredService<IIntegrationUnitOfWork>());
    }
}
