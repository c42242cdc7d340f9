using System.Text.Json.Nodes;
using Distribution.BuildingBlocks.Application.Jobs;
using Distribution.IntegrationTests.Infrastructure;
using Distribution.Modules.Integration.Infrastructure.Edi.Transports;
using Distribution.Modules.Integration.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.IntegrationTests.Edi.Transports;

/// <summary>What the transport tests share: partners through the API, job runs without Hangfire, log and queue reads.</summary>
internal static class TransportTestKit
{
    /// <summary>Creates a customer and its X12 profile: 850 in and 997 out by <paramref name="transport"/>.</summary>
    public static async Task CreatePartnerAsync(HttpClient admin, string partnerId, string isaId, string transport, object? endpoints)
    {
        await admin.PostOkAsync("/api/v1/customers", new { accountNumber = partnerId, name = partnerId, creditLimit = 0m, paymentTerms = "NET30" });
        await admin.PostOkAsync("/api/v1/trading-partners", new
        {
            partnerKind = "customer",
            partnerId,
            name = partnerId + " EDI",
            settings = new
            {
                environment = "test", isaQualifier = "ZZ", isaId, gsApplicationId = isaId, x12Version = "004010",
                acknowledgementPolicy = "always", duplicateCheckWindowHours = 72, preferredIdentifier = "gtin", preferredUnit = "EA",
                acknowledgementWindowHours = 24,
                documents = new[]
                {
                    new { documentType = "850", direction = "inbound", protocol = "x12", transport },
                    new { documentType = "997", direction = "outbound", protocol = "x12", transport },
                },
                endpoints,
            },
        });
    }

    /// <summary>Runs a sync job type once, as a schedule would, and returns its failure message (null when it succeeded).</summary>
    public static async Task<string?> RunJobAsync(HubFactory hub, string key)
    {
        await using var scope = hub.Services.CreateAsyncScope();
        var job = scope.ServiceProvider.GetServices<ISyncJobType>().Single(t => t.Key == key);
        try
        {
            await job.RunAsync(CancellationToken.None);
            return null;
        }
        catch (EdiTransportPollException exception)
        {
            return exception.Message;
        }
    }

    /// <summary>The EDI message log entries of a partner (newest first).</summary>
    public static async Task<List<JsonObject>> MessagesAsync(HttpClient admin, string partnerId) =>
        (await admin.GetOkAsync($"/api/v1/edi/messages?partnerId={partnerId}&limit=200"))["items"]!.AsArray().Select(n => n!.AsObject()).ToList();

    /// <summary>The log entries sharing <paramref name="correlationId"/>.</summary>
    public static async Task<List<JsonObject>> MessagesByCorrelationAsync(HttpClient admin, string correlationId) =>
        (await admin.GetOkAsync($"/api/v1/edi/messages?correlationId={correlationId}"))["items"]!.AsArray().Select(n => n!.AsObject()).ToList();

    /// <summary>The open exceptions-queue entries of a partner.</summary>
    public static async Task<List<JsonObject>> ExceptionsAsync(HttpClient admin, string partnerId) =>
        (await admin.GetOkAsync($"/api/v1/exceptions?partnerId={partnerId}&status=open"))["items"]!.AsArray().Select(n => n!.AsObject()).ToList();

    /// <summary>How many received-document events the receive pipeline has stored (one per accepted set).</summary>
    public static async Task<int> ReceivedEventsAsync(HubFactory hub)
    {
        await using var scope = hub.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IntegrationDbContext>().OutboxMessages
            .CountAsync(m => m.Type == "integration.edi-document-received.v1");
    }

    /// <summary>Writes a file as a partner would and dates it <paramref name="age"/> back (so it is past the quiet period).</summary>
    public static string WriteAged(string folder, string name, string content, TimeSpan age)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow - age);
        return path;
    }

    /// <summary>GETs a JSON array.</summary>
    public static async Task<List<JsonObject>> JsonArrayAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray().Select(n => n!.AsObject()).ToList();
    }

    /// <summary>File names in a folder (none when it does not exist).</summary>
    public static string[] Names(string folder) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray() : [];
}
