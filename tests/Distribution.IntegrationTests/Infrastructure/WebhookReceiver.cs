using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Distribution.IntegrationTests.Infrastructure;

/// <summary>
/// A real HTTP receiver for outbound webhooks: Kestrel on 127.0.0.1 with a free port. It records every request and
/// answers with the status its script gives for the request's attempt number (per <c>webhook-id</c>).
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedWebhook> _requests = new();
    private readonly ConcurrentDictionary<string, int> _attempts = new(StringComparer.Ordinal);
    private Func<int, int> _script;

    private WebhookReceiver(WebApplication app, Func<int, int> script)
    {
        _app = app;
        _script = script;
    }

    /// <summary>The URL to subscribe.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>Every request so far, in arrival order.</summary>
    public IReadOnlyList<ReceivedWebhook> Requests => [.. _requests];

    /// <summary>Answers 204 to everything.</summary>
    public static Func<int, int> AlwaysSucceed { get; } = _ => StatusCodes.Status204NoContent;

    /// <summary>Answers 500 to everything.</summary>
    public static Func<int, int> AlwaysFail { get; } = _ => StatusCodes.Status500InternalServerError;

    /// <summary>Answers 500 to the first <paramref name="failures"/> attempts of each webhook-id, then 204.</summary>
    public static Func<int, int> FailTimesThenSucceed(int failures) =>
        attempt => attempt <= failures ? StatusCodes.Status500InternalServerError : StatusCodes.Status204NoContent;

    /// <summary>Starts a receiver answering according to <paramref name="script"/> (attempt number → status).</summary>
    public static async Task<WebhookReceiver> StartAsync(Func<int, int> script)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, script);
        app.Run(receiver.HandleAsync);
        await app.StartAsync();
        receiver.Url = new Uri(new Uri(app.Urls.Single()), "/hooks/webhook");
        return receiver;
    }

    /// <summary>Changes how later requests are answered.</summary>
    public void RespondWith(Func<int, int> script) => Volatile.Write(ref _script, script);

    /// <summary>The requests that carried <c>webhook-id</c> = <paramref name="webhookId"/>.</summary>
    public IReadOnlyList<ReceivedWebhook> RequestsFor(string webhookId) =>
        Requests.Where(r => r.Header("webhook-id") == webhookId).ToList();

    /// <summary>The requests that carried <c>X-Correlation-ID</c> = <paramref name="correlationId"/>.</summary>
    public IReadOnlyList<ReceivedWebhook> RequestsWithCorrelation(string correlationId) =>
        Requests.Where(r => r.Header("X-Correlation-ID") == correlationId).ToList();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var webhookId = headers.GetValueOrDefault("webhook-id") ?? string.Empty;
        var attempt = _attempts.AddOrUpdate(webhookId, 1, (_, previous) => previous + 1);
        var status = Volatile.Read(ref _script)(attempt);
        _requests.Enqueue(new ReceivedWebhook(
            context.Request.Method, context.Request.Path, headers, body, DateTimeOffset.UtcNow, attempt, status));
        context.Response.StatusCode = status;
    }
}

/// <summary>One request a <see cref="WebhookReceiver"/> got, and how it answered.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Request path.</param>
/// <param name="Headers">Headers (case-insensitive names).</param>
/// <param name="Body">The raw body.</param>
/// <param name="ReceivedAt">Arrival time.</param>
/// <param name="Attempt">1 for the first request with this webhook-id, 2 for the next, …</param>
/// <param name="AnsweredStatus">The status the receiver answered.</param>
public sealed record ReceivedWebhook(
    string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset ReceivedAt, int Attempt,
    int AnsweredStatus)
{
    /// <summary>A header's value, or null.</summary>
    public string? Header(string name) => Headers.GetValueOrDefault(name);
}
