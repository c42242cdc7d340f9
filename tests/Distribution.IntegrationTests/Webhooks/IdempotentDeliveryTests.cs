using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Distribution.BuildingBlocks.Infrastructure.Outbox;
using Distribution.BuildingBlocks.Infrastructure.Persistence;
using Distribution.IntegrationTests.Infrastructure;
using Distribution.Modules.Integration.Application.Webhooks.FanOutToWebhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.IntegrationTests.Webhooks;

/// <summary>
/// Delivery is at-least-once, handling is once: the same event delivered again to the webhook fan-out (a retried
/// Hangfire job, the sweep, a restart) creates no second outbound message and no second webhook.
/// </summary>
[TestFixture]
public sealed class IdempotentDeliveryTests
{
    private const string Subscriber = FanOutToWebhooksHandler.SubscriberName;

    private readonly List<string> _subscriptions = [];
    private HubFactory _hub = null!;
    private HttpClient _admin = null!;

    [OneTimeSetUp]
    public void StartHub()
    {
        _hub = new HubFactory();
        _admin = _hub.CreateAdminClient();
    }

    [TearDown]
    public async Task DeleteSubscriptions()
    {
        foreach (var id in _subscriptions)
        {
            using var response = await _admin.DeleteAsync(new Uri($"/api/v1/subscriptions/{id}", UriKind.Relative));
            Assert.That(response.StatusCode, Is.AnyOf(HttpStatusCode.NoContent, HttpStatusCode.NotFound));
        }

        _subscriptions.Clear();
    }

    [OneTimeTearDown]
    public async Task StopHub()
    {
        _admin.Dispose();
        await _hub.DisposeAsync();
    }

    [Test]
    public async Task DeliverAsync_WhenTheDeliveredEventIsDeliveredTwiceMore_HandlesItOnce()
    {
        await using var first = await WebhookReceiver.StartAsync(WebhookReceiver.AlwaysSucceed);
        await using var later = await WebhookReceiver.StartAsync(WebhookReceiver.AlwaysSucceed);
        var firstSubscription = await SubscribeAsync(first);
        var (eventId, correlationId) = await CreateDeliveredItemAsync(first);

        // Swap the subscription: had the handler run again, the new one would get the old event.
        await DeleteSubscriptionAsync(firstSubscription);
        var laterSubscription = await SubscribeAsync(later);

        // Completed: the job returns at once. Then reopened as if the completion had been lost (a crash between the
        // consumer's commit and the completion), and delivered twice at the same time: the inbox stops both.
        await _hub.Services.GetRequiredService<OutboxDeliveryJob>().DeliverAsync("catalog", eventId, Subscriber, CancellationToken.None);
        await ReopenDeliveryAsync(eventId);
        await DeliverConcurrentlyAsync(eventId, times: 2);

        // A later event reaching the new subscription shows it is live and the queue has moved past the redeliveries.
        await CreateDeliveredItemAsync(later);
        await AssertCompletedAsync(eventId);
        await AssertOneSentMessageAsync(correlationId, firstSubscription);
        var laterMessages = await MessagesAsync(correlationId, laterSubscription);
        Assert.Multiple(() =>
        {
            Assert.That(first.RequestsFor(eventId.ToString()), Has.Count.EqualTo(1), "one webhook for the event");
            Assert.That(laterMessages, Is.Empty, "the fan-out did not run again for the redelivered event");
            Assert.That(later.RequestsFor(eventId.ToString()), Is.Empty);
        });
    }

    [Test]
    public async Task DeliverAsync_WhenInboxRowIsLostAndTwoDeliveriesRace_StillCreatesOneMessage()
    {
        await using var receiver = await WebhookReceiver.StartAsync(WebhookReceiver.AlwaysSucceed);
        var subscription = await SubscribeAsync(receiver);
        var (eventId, correlationId) = await CreateDeliveredItemAsync(receiver);

        // The harder case: the inbox forgot the event too, so the handler runs again; the message log's unique
        // (subscription, event) key is the second line of defence.
        await ReopenDeliveryAsync(eventId);
        await WithContextAsync("integration", db => db.InboxMessages
            .Where(i => i.EventId == eventId && i.Handler == Subscriber).ExecuteDeleteAsync());
        await DeliverConcurrentlyAsync(eventId, times: 2);

        await CreateDeliveredItemAsync(receiver);
        await AssertCompletedAsync(eventId);
        await AssertOneSentMessageAsync(correlationId, subscription);
        Assert.That(receiver.RequestsFor(eventId.ToString()), Has.Count.EqualTo(1), "one webhook for the event");
    }

    [Test]
    public async Task DeliverBatchAsync_WhenABatchIsRedeliveredConcurrentlyWithAnInboxRowLost_HandlesEachEventOnce()
    {
        await using var receiver = await WebhookReceiver.StartAsync(WebhookReceiver.AlwaysSucceed);
        var subscription = await SubscribeAsync(receiver);
        var (firstId, firstCorrelation) = await CreateDeliveredItemAsync(receiver);
        var (secondId, secondCorrelation) = await CreateDeliveredItemAsync(receiver);

        // Both reopened, the first one's inbox row lost: delivered as one batch, twice at the same time. One batch
        // loses on the inbox key and falls back to one event at a time, which finds both handled.
        await ReopenDeliveryAsync(firstId);
        await ReopenDeliveryAsync(secondId);
        await WithContextAsync("integration", db => db.InboxMessages
            .Where(i => i.EventId == firstId && i.Handler == Subscriber).ExecuteDeleteAsync());
        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => _hub.Services.GetRequiredService<OutboxDeliveryJob>()
            .DeliverBatchAsync("catalog", Subscriber, [firstId, secondId], CancellationToken.None))));

        await CreateDeliveredItemAsync(receiver);
        await AssertCompletedAsync(firstId);
        await AssertCompletedAsync(secondId);
        await AssertOneSentMessageAsync(firstCorrelation, subscription);
        await AssertOneSentMessageAsync(secondCorrelation, subscription);
        var inboxRows = await WithContextAsync("integration", db => db.InboxMessages
            .CountAsync(i => (i.EventId == firstId || i.EventId == secondId) && i.Handler == Subscriber));
        Assert.Multiple(() =>
        {
            Assert.That(inboxRows, Is.EqualTo(2), "one inbox row per (event, handler)");
            Assert.That(receiver.RequestsFor(firstId.ToString()), Has.Count.EqualTo(1), "one webhook for the first event");
            Assert.That(receiver.RequestsFor(secondId.ToString()), Has.Count.EqualTo(1), "one webhook for the second event");
        });
    }

    [Test]
    public async Task DeliverBatchAsync_WhenOneEventOfABatchFails_HandlesTheEventsAfterIt()
    {
        await using var receiver = await WebhookReceiver.StartAsync(WebhookReceiver.AlwaysSucceed);
        await SubscribeAsync(receiver);
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await CreateDeliveredItemAsync(receiver)).EventId);
        }

        // All three open again and unhandled; the middle one's payload is no longer JSON, so its fan-out throws and
        // the batch falls back to one event at a time.
        foreach (var id in ids)
        {
            await ReopenDeliveryAsync(id);
        }

        await WithContextAsync("integration", db => db.InboxMessages
            .Where(i => ids.Contains(i.EventId) && i.Handler == Subscriber).ExecuteDeleteAsync());
        await WithContextAsync("catalog", db => db.OutboxMessages
            .Where(m => m.Id == ids[1]).ExecuteUpdateAsync(s => s.SetProperty(m => m.Payload, "{not json")));

        Assert.That(
            () => _hub.Services.GetRequiredService<OutboxDeliveryJob>().DeliverBatchAsync("catalog", Subscriber, [.. ids], CancellationToken.None),
            Throws.Exception, "the job fails so that Hangfire retries the failed event");

        var failed = await DeliveryAsync(ids[1]);
        Assert.Multiple(async () =>
        {
            await AssertCompletedAsync(ids[0]);
            await AssertCompletedAsync(ids[2]);
            Assert.That(failed.CompletedAtUtc, Is.Null, "the failing event stays open");
            Assert.That(failed.LastError, Is.Not.Empty, "with its error recorded");
        });
    }

    private async Task<string> SubscribeAsync(WebhookReceiver receiver)
    {
        var created = await _admin.PostOkAsync("/api/v1/subscriptions", new
        {
            name = "idempotency " + Guid.NewGuid().ToString("N")[..8],
            eventType = "catalog.*",
            url = receiver.Url.ToString(),
            secret = "idempotency-test-secret-0123456789",
        });
        var id = created["subscription"].Str("id")!;
        _subscriptions.Add(id);
        return id;
    }

    private async Task DeleteSubscriptionAsync(string id)
    {
        using var response = await _admin.DeleteAsync(new Uri($"/api/v1/subscriptions/{id}", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
    }

    private async Task<(Guid EventId, string CorrelationId)> CreateDeliveredItemAsync(WebhookReceiver receiver)
    {
        var correlationId = "itest-" + Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/items")
        {
            Content = JsonContent.Create(new { sku = "IDEM-" + Guid.NewGuid().ToString("N")[..10], name = "Idempotency item", baseUnit = "EA" }),
        };
        request.Headers.Add("X-Correlation-ID", correlationId);
        using var response = await _admin.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));

        var webhook = (await Eventually.MatchesAsync(
            () => receiver.RequestsWithCorrelation(correlationId), r => r.Count >= 1, "the delivery of the new item"))[0];
        var eventId = Guid.Parse(webhook.Header("webhook-id")!);
        await Eventually.MatchesAsync(() => DeliveryAsync(eventId), d => d.CompletedAtUtc is not null, "the fan-out delivery to complete");
        return (eventId, correlationId);
    }

    private async Task AssertCompletedAsync(Guid eventId) =>
        Assert.That((await DeliveryAsync(eventId)).CompletedAtUtc, Is.Not.Null, "the redelivery completes the delivery row");

    private async Task AssertOneSentMessageAsync(string correlationId, string subscriptionId)
    {
        var messages = await MessagesAsync(correlationId, subscriptionId);
        Assert.That(messages, Has.Count.EqualTo(1), "one outbound message for (subscription, event)");
        Assert.That(messages.Select(m => (m.Str("status"), m["attempts"]?.GetValue<int>())), Is.EqualTo(new[] { ("sent", (int?)1) }));
    }

    private async Task<List<JsonObject>> MessagesAsync(string correlationId, string subscriptionId) =>
        (await _admin.GetOkAsync($"/api/v1/messages?correlationId={correlationId}&subscriptionId={subscriptionId}"))["items"]!
        .AsArray().Select(n => n!.AsObject()).ToList();

    private Task<OutboxDelivery> DeliveryAsync(Guid eventId) => WithContextAsync("catalog", db => db.OutboxDeliveries.AsNoTracking()
        .SingleAsync(d => d.EventId == eventId && d.Subscriber == Subscriber));

    // Task.Run: SQLite's async calls complete synchronously, so plain calls would run one after the other.
    private Task DeliverConcurrentlyAsync(Guid eventId, int times) => Task.WhenAll(Enumerable.Range(0, times).Select(_ => Task.Run(() =>
        _hub.Services.GetRequiredService<OutboxDeliveryJob>().DeliverAsync("catalog", eventId, Subscriber, CancellationToken.None))));

    private Task ReopenDeliveryAsync(Guid eventId) => WithContextAsync("catalog", db => db.OutboxDeliveries
        .Where(d => d.EventId == eventId && d.Subscriber == Subscriber)
        .ExecuteUpdateAsync(s => s.SetProperty(d => d.CompletedAtUtc, (DateTime?)null)));

    private async Task<T> WithContextAsync<T>(string module, Func<ModuleDbContext, Task<T>> work)
    {
        await using var scope = _hub.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetServices<ModuleDatabase>().Single(d => d.ModuleName == module);
        return await work((ModuleDbContext)scope.ServiceProvider.GetRequiredService(database.ContextType));
    }
}
