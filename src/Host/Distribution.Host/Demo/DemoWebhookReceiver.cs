using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Distribution.Host.Demo;

/// <summary>
/// Demo only (<c>Demo:Seed=true</c>): a harmless local webhook receiver the demo subscription points at, so a
/// newcomer sees deliveries succeed. It deduplicates on <c>webhook-id</c> like a well-behaved receiver.
/// </summary>
internal static class DemoWebhookReceiver
{
    private static readonly ConcurrentDictionary<string, DateTime> Received = new();

    public static void MapDemoWebhookReceiver(this WebApplication app) =>
        app.MapPost("/demo/webhook-receiver", Results<NoContent, BadRequest> (HttpRequest request) =>
        {
            var id = request.Headers["webhook-id"].ToString();
            if (string.IsNullOrEmpty(id))
            {
                return TypedResults.BadRequest();
            }

            Received.TryAdd(id, DateTime.UtcNow);
            return TypedResults.NoContent();
        }).ExcludeFromDescription().AllowAnonymous();
}
