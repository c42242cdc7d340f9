using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Distribution.Modules.Integration.Infrastructure.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Distribution.IntegrationTests.Recovery;

/// <summary>
/// A well-behaved webhook receiver on a real Kestrel (127.0.0.1, any free port): verifies the Standard Webhooks
/// signature, accepts each <c>webhook-id</c> once (a repeat is answered 204 and dropped), and counts every request.
/// Optionally it holds the first request open until released, so a test can kill the sender while a delivery is
/// in flight; that held request is never counted as accepted.
/// </summary>
internal sealed class IdempotentWebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _secret;
    private readonly bool _holdFirstRequest;
    private readonly ConcurrentDictionary<string, int> _accepted = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource<string> _heldRequestArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _heldConnectionLost = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _totalRequests;
    private int _rejectedSignatures;

    private IdempotentWebhookReceiver(WebApplication app, string secret, bool holdFirstRequest)
    {
        _app = app;
        _secret = secret;
        _holdFirstRequest = holdFirstRequest;
        _app.Run(HandleAsync);
    }

    /// <summary>The URL to subscribe.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>Every request that reached the receiver, the held one and duplicates included.</summary>
    public int TotalRequests => Volatile.Read(ref _totalRequests);

    /// <summary>Requests refused for a bad or missing signature.</summary>
    public int RejectedSignatures => Volatile.Read(ref _rejectedSignatures);

    /// <summary>The distinct webhook ids accepted (the held request's not among them unless redelivered).</summary>
    public IReadOnlyCollection<string> AcceptedIds => _accepted.Keys.ToList();

    /// <summary>How many requests carried <paramref name="webhookId"/> after the first acceptance (dropped duplicates).</summary>
    public int DuplicatesOf(string webhookId) => _accepted.TryGetValue(webhookId, out var count) ? count - 1 : 0;

    /// <summary>Completes with the webhook id of the held first request once it has arrived.</summary>
    public Task<string> HeldRequestArrived => _heldRequestArrived.Task;

    /// <summary>Completes when Kestrel sees the held request's connection die (the sender was killed).</summary>
    public Task HeldConnectionLost => _heldConnectionLost.Task;

    /// <summary>Starts a receiver verifying signatures with <paramref name="secret"/>.</summary>
    public static async Task<IdempotentWebhookReceiver> StartAsync(string secret, bool holdFirstRequest)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var receiver = new IdempotentWebhookReceiver(builder.Build(), secret, holdFirstRequest);
        await receiver._app.StartAsync();
        receiver.Url = new Uri(new Uri(receiver._app.Urls.Single()), "/webhook");
        return receiver;
    }

    /// <summary>Lets the held request finish (it is answered 503 and not counted).</summary>
    public void ReleaseHeldRequest() => _release.TrySetResult();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        ReleaseHeldRequest();
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _app.StopAsync(stopping.Token);
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var number = Interlocked.Increment(ref _totalRequests);
        var id = context.Request.Headers["webhook-id"].ToString();
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        if (!HttpMethods.IsPost(context.Request.Method) || !SignatureIsValid(context.Request, id, body))
        {
            Interlocked.Increment(ref _rejectedSignatures);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        if (_holdFirstRequest && number == 1)
        {
            _heldRequestArrived.TrySetResult(id);
            using (context.RequestAborted.Register(() => _heldConnectionLost.TrySetResult()))
            {
                await Task.WhenAny(_release.Task, _heldConnectionLost.Task);
            }

            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        // Idempotent: the first request with an id is processed, repeats are acknowledged and dropped.
        _accepted.AddOrUpdate(id, 1, (_, count) => count + 1);
        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    private bool SignatureIsValid(HttpRequest request, string id, string body) =>
        id.Length > 0
        && long.TryParse(request.Headers["webhook-timestamp"].ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var timestamp)
        && WebhookSignature.Verify(_secret, id, timestamp, body, request.Headers["webhook-signature"].ToString());
}
