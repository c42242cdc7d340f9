using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Distribution.Benchmarks.Outbox;

/// <summary>
/// The local webhook receiver: real Kestrel on 127.0.0.1 (any free port) answering 204, recording when each
/// <c>webhook-id</c> first arrived.
/// </summary>
internal sealed class BenchmarkReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BenchmarkReceiver(WebApplication app)
    {
        _app = app;
        _app.Run(context =>
        {
            var now = Stopwatch.GetTimestamp();
            if (Guid.TryParse(context.Request.Headers["webhook-id"].ToString(), out var id))
            {
                Arrivals.TryAdd(id, now);
            }

            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        });
    }

    /// <summary>Event id (webhook-id) → first arrival.</summary>
    public ConcurrentDictionary<Guid, long> Arrivals { get; } = new();

    /// <summary>The URL to subscribe.</summary>
    public Uri Url { get; private set; } = null!;

    public static async Task<BenchmarkReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var receiver = new BenchmarkReceiver(builder.Build());
        await receiver._app.StartAsync();
        receiver.Url = new Uri(new Uri(receiver._app.Urls.Single()), "/webhook");
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
