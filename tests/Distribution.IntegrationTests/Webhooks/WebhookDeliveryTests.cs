using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Distribution.IntegrationTests.Infrastructure;
using Distribution.Modules.Integration.Infrastructure.Webhooks;

namespace Distribution.IntegrationTests.Webhooks;

/// <summary>
/// An item created through the API reaches a subscriber as a signed Standard Webhooks POST, through the outbox,
/// Hangfire and the message log; failures are retried with backoff, then dead-lettered, and replay works.
/// </summary>
[TestFixture]
public sealed class WebhookDeliveryTests
{
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
        // A finished test's receiver is gone: stop sending it the next tests' events.
        foreach (var id in _subscriptions)
        {
            using var response = await _admin.DeleteAsync(new Uri($"/api/v1/subscriptions/{id}", UriKind.Relative));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
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
    public async Task CreateItem_WithCorrelationId_IsDeliveredAsSignedStandardWebhookCarryingTheCorrelationId()
    {
        await using var receiver = await WebhookReceiver.StartAsync(WebhookReceiver.AlwaysSucceed);
        var secret = "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var subscriptionId = await SubscribeAsync(receiver, secret, maxAttempts: null);
        var correlationId = NewCorrelationId();
        var sku = NewSku();

        var item = await CreateItemAsync(sku, correlationId);
        var webhook = (await Eventually.MatchesAsync(
            () => receiver.RequestsWithCorrelation(correlationId), r => r.Count >= 1, "the webhook of the new item"))[0];

        var id = webhook.Header("webhook-id");
        var timestamp = webhook.Header("webhook-timestamp");
        var signature = webhook.Header("webhook-signature");
        var body = JsonNode.Parse(webhook.Body)!;
        Assert.Multiple(() =>
        {
            Assert.That(webhook.Method, Is.EqualTo("POST"));
            Assert.That(webhook.Header("Content-Type"), Does.StartWith("application/json"));
            Assert.That(Guid.TryParse(id, out _), Is.True, $"webhook-id '{id}' is the event id (a GUID)");
            Assert.That(long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var unixSeconds), Is.True,
                $"webhook-timestamp '{timestamp}' is unix seconds");
            Assert.That(DateTimeOffset.FromUnixTimeSeconds(unixSeconds), Is.EqualTo(webhook.ReceivedAt).Within(TimeSpan.FromMinutes(5)));
            Assert.That(signature, Does.StartWith("v1,"));
            Assert.That(WebhookSignature.Verify(secret, id!, unixSeconds, webhook.Body, signature!), Is.True,
                "WebhookSignature.Verify accepts the signature");
            Assert.That(signature, Is.EqualTo(IndependentSignature(secret, id!, timestamp!, webhook.Body)),
                "HMAC-SHA256 over {id}.{timestamp}.{body} with the base64-decoded whsec_ key");
            Assert.That(webhook.Header("X-Correlation-ID"), Is.EqualTo(correlationId));

            Assert.That(body.Str("id"), Is.EqualTo(id));
            Assert.That(body.Str("type"), Is.EqualTo("catalog.item-created.v1"));
            Assert.That(body["occurredAt"], Is.Not.Null);
            Assert.That(DateTimeOffset.TryParse(body.Str("occurredAt"), CultureInfo.InvariantCulture, out _), Is.True);
            Assert.That(body.Str("correlationId"), Is.EqualTo(correlationId));
            Assert.That(body["data"].Str("sku"), Is.EqualTo(sku));
            Assert.That(body["data"].Str("itemId"), Is.EqualTo(item.Str("id")));
        });

        // The message log follows the same correlation id.
        var message = await SingleMessageAsync(correlationId, subscriptionId, m => m.Str("status") == "sent");
        Assert.That(message.Str("eventId"), Is.EqualTo(id));

        // One correlation id across the log: the request, the dispatch and the delivery.
        var lines = await Eventually.MatchesAsync(
            () => HubLog.ReadLines(_hub.LogDirectory).Where(l => l.Contains(correlationId, StringComparison.Ordinal)).ToList(),
            l => l.Any(IsRequestLine) && l.Any(IsDispatchLine) && l.Any(IsDeliveryLine),
            $"log lines of the request, the dispatch and the delivery carrying {correlationId}");
        Assert.That(lines, Has.Some.Matches<string>(IsRequestLine));

        static bool IsRequestLine(string line) => line.Contains("POST /api/v1/items", StringComparison.Ordinal);
        static bool IsDispatchLine(string line) => line.Contains("Dispatched ", StringComparison.Ordinal) && line.Contains("catalog.item-created.v1", StringComparison.Ordinal);
        static bool IsDeliveryLine(string line) => line.Contains("DeliverWebhookCommand", StringComparison.Ordinal);
    }

    [Test]
    public async Task Delivery_WhenReceiverFailsThreeTimesThenAccepts_IsSentOnceAfterFourAttempts()
    {
        await using var receiver = await WebhookReceiver.StartAsync(WebhookReceiver.FailTimesThenSucceed(3));
        var secret = NewPlainSecret();
        var subscriptionId = await SubscribeAsync(receiver, secret, maxAttempts: 8);
        var correlationId = NewCorrelationId();

        await CreateItemAsync(NewSku(), correlationId);
        var message = await SingleMessageAsync(correlationId, subscriptionId, m => m.Str("status") == "sent");

        var received = receiver.RequestsWithCorrelation(correlationId);
        Assert.Multiple(() =>
        {
            Assert.That(message["attempts"]!.GetValue<int>(), Is.EqualTo(4));
            Assert.That(message.Str("lastError"), Is.Null);
            Assert.That(message["sentAt"], Is.Not.Null);
            Assert.That(received.Select(r => r.AnsweredStatus), Is.EqualTo(new[] { 500, 500, 500, 204 }));
            Assert.That(received.Select(r => r.Header("webhook-id")).Distinct(), Is.EqualTo(new[] { message.Str("eventId") }),
                "every attempt carries the same webhook-id (the event id)");
            Assert.That(received.Count(r => r.AnsweredStatus is >= 200 and < 300), Is.EqualTo(1));
            Assert.That(received.Select(r => r.Header("webhook-signature")),
                Is.EqualTo(received.Select(r => IndependentSignature(secret, r.Header("webhook-id")!, r.Header("webhook-timestamp")!, r.Body))),
                "every attempt is signed, with the UTF-8 bytes of a secret without the whsec_ prefix");
        });
    }

    [Test]
    public async Task Delivery_WhenReceiverAlwaysFails_IsDeadLetteredAfterMaxAttemptsAndReplaySendsIt()
    {
        await using var receiver = await WebhookReceiver.StartAsync(WebhookReceiver.AlwaysFail);
        var subscriptionId = await SubscribeAsync(receiver, NewPlainSecret(), maxAttempts: 3);
        var correlationId = NewCorrelationId();

        await CreateItemAsync(NewSku(), correlationId);
        var dead = await SingleMessageAsync(correlationId, subscriptionId, m => m.Str("status") == "deadLettered");
        var messageId = dead.Str("id")!;
        Assert.Multiple(() =>
        {
            Assert.That(dead["attempts"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(dead.Str("deadLetterReason"), Is.EqualTo("attempts-exhausted"));
            Assert.That(dead.Str("lastError"), Does.Contain("HTTP 500"));
            Assert.That(dead["nextAttemptAt"], Is.Null);
            Assert.That(receiver.RequestsWithCorrelation(correlationId), Has.Count.EqualTo(3));
        });

        var deadLetters = await _admin.GetOkAsync($"/api/v1/dead-letters?subscriptionId={subscriptionId}");
        Assert.That(deadLetters["items"]!.AsArray().Select(m => m.Str("id")), Is.EqualTo(new[] { messageId }));

        receiver.RespondWith(WebhookReceiver.AlwaysSucceed);
        var replay = await _admin.PostOkAsync("/api/v1/dead-letters/replay", new { messageIds = new[] { messageId } });
        Assert.That(replay["replayed"]!.AsArray().Select(n => n!.GetValue<string>()), Is.EqualTo(new[] { messageId }));

        var sent = await SingleMessageAsync(correlationId, subscriptionId, m => m.Str("status") == "sent");
        var received = receiver.RequestsWithCorrelation(correlationId);
        var afterReplay = await _admin.GetOkAsync($"/api/v1/dead-letters?subscriptionId={subscriptionId}");
        Assert.Multiple(() =>
        {
            Assert.That(sent["attempts"]!.GetValue<int>(), Is.EqualTo(1), "replay starts a fresh attempt budget");
            Assert.That(sent.Str("deadLetterReason"), Is.Null);
            Assert.That(received.Select(r => r.AnsweredStatus), Is.EqualTo(new[] { 500, 500, 500, 204 }));
            Assert.That(received.Select(r => r.Header("webhook-id")).Distinct().Count(), Is.EqualTo(1));
            Assert.That(afterReplay["items"]!.AsArray(), Is.Empty);
        });
    }

    private async Task<string> SubscribeAsync(WebhookReceiver receiver, string secret, int? maxAttempts)
    {
        var created = await _admin.PostOkAsync("/api/v1/subscriptions", new
        {
            name = "itest " + Guid.NewGuid().ToString("N")[..8],
            eventType = "catalog.*",
            url = receiver.Url.ToString(),
            secret,
            maxAttempts,
        });
        Assert.That(created.Str("secret"), Is.EqualTo(secret), "the secret given is the one used");
        var id = created["subscription"].Str("id")!;
        _subscriptions.Add(id);
        return id;
    }

    private async Task<JsonObject> CreateItemAsync(string sku, string correlationId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/items")
        {
            Content = JsonContent.Create(new { sku, name = "Integration test item " + sku, description = "itest", baseUnit = "EA" }),
        };
        request.Headers.Add("X-Correlation-ID", correlationId);
        using var response = await _admin.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        Assert.That(response.Headers.GetValues("X-Correlation-ID"), Is.EqualTo(new[] { correlationId }));
        return await response.JsonAsync();
    }

    private async Task<JsonObject> SingleMessageAsync(string correlationId, string subscriptionId, Func<JsonObject, bool> done)
    {
        var url = $"/api/v1/messages?correlationId={Uri.EscapeDataString(correlationId)}&subscriptionId={subscriptionId}";
        var items = await Eventually.MatchesAsync(
            async () => (await _admin.GetOkAsync(url))["items"]!.AsArray().Select(n => n!.AsObject()).ToList(),
            list => list.Count == 1 && done(list[0]),
            $"the message of {correlationId} to subscription {subscriptionId} to reach the expected state");
        return items[0];
    }

    private static string IndependentSignature(string secret, string id, string timestamp, string body)
    {
        var key = secret.StartsWith("whsec_", StringComparison.Ordinal)
            ? Convert.FromBase64String(secret["whsec_".Length..])
            : Encoding.UTF8.GetBytes(secret);
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}"));
        return "v1," + Convert.ToBase64String(mac);
    }

    private static string NewCorrelationId() => "itest-" + Guid.NewGuid().ToString("N");

    private static string NewSku() => "IT-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();

    private static string NewPlainSecret() => "plain-test-secret-" + Guid.NewGuid().ToString("N");
}
