using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using NUnit.Framework.Interfaces;

namespace Distribution.IntegrationTests.Recovery;

/// <summary>
/// Crash recovery with real processes: the built host is killed with SIGKILL between the commit of an item and
/// the webhook delivery of its <c>catalog.item-created.v1</c>, restarted on the same data directory, and an
/// idempotent receiver must end up with exactly one accepted copy of the event.
/// </summary>
[TestFixture]
[NonParallelizable]
[Category("Recovery")]
public sealed class CrashRecoveryTests
{
    private const string AdminKey = "recovery-tests-admin-key-0123456789abcdef";
    private const string WebhookSecret = "recovery-tests-webhook-secret-0123456789";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(60);

    private readonly List<HostProcess> _hosts = [];
    private IdempotentWebhookReceiver? _receiver;
    private string _workDirectory = null!;

    [SetUp]
    public void SetUp()
    {
        _workDirectory = Path.Combine(Path.GetTempPath(), "hub-recovery-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_workDirectory);
    }

    [TearDown]
    public async Task TearDown()
    {
        var failed = TestContext.CurrentContext.Result.Outcome.Status != TestStatus.Passed;
        foreach (var host in _hosts)
        {
            try
            {
                host.Dispose();
            }
            catch (InvalidOperationException exception)
            {
                await TestContext.Out.WriteLineAsync($"Could not stop host '{host.Name}': {exception.Message}");
            }

            if (failed)
            {
                await TestContext.Out.WriteLineAsync($"----- host '{host.Name}' ({host.BaseAddress}) last output -----");
                await TestContext.Out.WriteLineAsync(host.RecentOutput);
            }
        }

        _hosts.Clear();
        if (_receiver is not null)
        {
            await _receiver.DisposeAsync();
            _receiver = null;
        }

        try
        {
            Directory.Delete(_workDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp directory left behind is harmless.
        }
    }

    [Test]
    public async Task Restart_WhenHostKilledWhileWebhookInFlight_ReceiverAcceptsEventExactlyOnce()
    {
        _receiver = await IdempotentWebhookReceiver.StartAsync(WebhookSecret, holdFirstRequest: true);
        var first = await StartHostAsync("first start", runJobServer: true);
        await SubscribeReceiverAsync(first);
        var correlationId = await CreateItemAsync(first);

        var held = await Task.WhenAny(_receiver.HeldRequestArrived, Task.Delay(DeliveryTimeout));
        Assert.That(held, Is.SameAs(_receiver.HeldRequestArrived), "the first delivery attempt never reached the receiver");
        var heldWebhookId = await _receiver.HeldRequestArrived;

        // The delivery is in flight (the receiver holds the request open): kill the host, no graceful stop.
        first.KillHard();
        await Task.WhenAny(_receiver.HeldConnectionLost, Task.Delay(TimeSpan.FromSeconds(5)));
        _receiver.ReleaseHeldRequest();
        Assert.That(_receiver.AcceptedIds, Is.Empty, "nothing may count as accepted before the restart");

        var restarted = await StartHostAsync("restart", runJobServer: true);
        var message = await WaitForSentMessageAsync(restarted, correlationId);
        var messages = await ListMessagesAsync(restarted, correlationId);
        await ReportAsync(message);

        Assert.Multiple(() =>
        {
            Assert.That(message, Is.Not.Null, "the message log never showed the event as sent after the restart");
            Assert.That(messages, Has.Count.EqualTo(1), "the restart must not fan the event out a second time");
            Assert.That(message?.EventId.ToString(), Is.EqualTo(heldWebhookId), "webhook-id is the event id, stable across attempts");
            Assert.That(_receiver.AcceptedIds, Is.EqualTo(new[] { heldWebhookId }), "the receiver accepts the event exactly once");
            Assert.That(_receiver.TotalRequests, Is.GreaterThanOrEqualTo(2), "the in-flight attempt and at least one redelivery");
            Assert.That(_receiver.RejectedSignatures, Is.Zero, "every delivery is correctly signed");
        });
    }

    [Test]
    public async Task Restart_WhenHostKilledAfterCommitBeforeDispatch_ReceiverAcceptsEventExactlyOnce()
    {
        _receiver = await IdempotentWebhookReceiver.StartAsync(WebhookSecret, holdFirstRequest: false);

        // No Hangfire server: the item and its outbox row commit, nothing is dispatched.
        var first = await StartHostAsync("first start, no job server", runJobServer: false);
        await SubscribeReceiverAsync(first);
        var correlationId = await CreateItemAsync(first);
        var beforeCrash = await ListMessagesAsync(first, correlationId);
        first.KillHard();
        Assert.Multiple(() =>
        {
            Assert.That(beforeCrash, Is.Empty, "nothing may be fanned out without a job server");
            Assert.That(_receiver.TotalRequests, Is.Zero, "nothing may be delivered without a job server");
        });

        var restarted = await StartHostAsync("restart", runJobServer: true);
        var message = await WaitForSentMessageAsync(restarted, correlationId);
        var messages = await ListMessagesAsync(restarted, correlationId);
        await ReportAsync(message);

        Assert.Multiple(() =>
        {
            Assert.That(message, Is.Not.Null, "the message log never showed the event as sent after the restart");
            Assert.That(messages, Has.Count.EqualTo(1), "one outbound message per (event, subscription)");
            Assert.That(_receiver.AcceptedIds, Is.EqualTo(new[] { message?.EventId.ToString() }), "the receiver accepts the event exactly once");
            Assert.That(_receiver.TotalRequests, Is.GreaterThanOrEqualTo(1));
            Assert.That(_receiver.RejectedSignatures, Is.Zero, "every delivery is correctly signed");
        });
    }

    private async Task ReportAsync(LoggedMessage? message) =>
        await TestContext.Out.WriteLineAsync(
            $"receiver: {_receiver!.TotalRequests} requests, accepted {string.Join(", ", _receiver.AcceptedIds)}, " +
            $"held connection lost: {_receiver.HeldConnectionLost.IsCompleted}; message log: {message}");

    private async Task<HostProcess> StartHostAsync(string name, bool runJobServer)
    {
        var dataDirectory = Path.Combine(_workDirectory, "data");
        var host = HostProcess.Start(name, _workDirectory,
        [
            $"--Database:DataDirectory={dataDirectory}",
            $"--Security:BootstrapAdminApiKey={AdminKey}",
            $"--Jobs:RunServer={runJobServer}",
            "--Jobs:SchedulePollingInterval=00:00:00.200",
            "--Webhooks:BackoffBase=00:00:00.200",
            "--Webhooks:BackoffCap=00:00:02",
            $"--Logging:File:Path={Path.Combine(_workDirectory, "logs", "hub-.log")}",
        ]);
        _hosts.Add(host);
        await host.WaitUntilLiveAsync(StartTimeout);
        return host;
    }

    private async Task SubscribeReceiverAsync(HostProcess host)
    {
        using var client = ClientFor(host);
        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/subscriptions", UriKind.Relative), new
        {
            name = "Crash recovery receiver",
            eventType = "catalog.*",
            url = _receiver!.Url.ToString(),
            secret = WebhookSecret,
            maxAttempts = 20,
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    /// <returns>The correlation id the item was created under (it follows the event into the message log).</returns>
    private static async Task<string> CreateItemAsync(HostProcess host)
    {
        var correlationId = "crash-" + Guid.NewGuid().ToString("N");
        using var client = ClientFor(host);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/items", UriKind.Relative))
        {
            Content = JsonContent.Create(new
            {
                sku = "CRASH-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(),
                name = "Crash recovery item",
                description = (string?)null,
                baseUnit = "EA",
            }),
        };
        request.Headers.Add("X-Correlation-ID", correlationId);
        using var response = await client.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return correlationId;
    }

    // Bounded polling: returns the sent message, or null when it is not sent within the timeout (the test asserts).
    private static async Task<LoggedMessage?> WaitForSentMessageAsync(HostProcess host, string correlationId)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < DeliveryTimeout)
        {
            var sent = (await ListMessagesAsync(host, correlationId)).FirstOrDefault(m => m.Status == "sent");
            if (sent is not null)
            {
                return sent;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }

        return null;
    }

    private static async Task<IReadOnlyList<LoggedMessage>> ListMessagesAsync(HostProcess host, string correlationId)
    {
        using var client = ClientFor(host);
        var page = await client.GetFromJsonAsync<MessagePage>(
            new Uri($"/api/v1/messages?correlationId={Uri.EscapeDataString(correlationId)}", UriKind.Relative));
        return page?.Items ?? [];
    }

    private static HttpClient ClientFor(HostProcess host)
    {
        var client = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
        return client;
    }

    private sealed record MessagePage(IReadOnlyList<LoggedMessage> Items, string? NextCursor);

    private sealed record LoggedMessage(Guid Id, Guid EventId, string EventType, string? CorrelationId, string Status, int Attempts, string? LastError);
}
