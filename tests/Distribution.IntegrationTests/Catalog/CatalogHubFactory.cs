using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Distribution.Modules.Catalog.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.IntegrationTests.Catalog;

/// <summary>
/// The real host on real SQLite files in a temporary data directory, with the demo data and a known admin key.
/// (A shared factory is being built elsewhere; this one stays inside the Catalog tests until then.)
/// </summary>
public sealed class CatalogHubFactory : WebApplicationFactory<Program>
{
    public const string AdminKey = "catalog-tests-admin-key-0123456789abcdef";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "hub-catalog-tests-" + Guid.NewGuid().ToString("N"));

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:DataDirectory", _dataDirectory);
        builder.UseSetting("Security:BootstrapAdminApiKey", AdminKey);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Jobs:RunServer", "false");
        builder.UseSetting("Logging:File:Path", Path.Combine(_dataDirectory, "logs", "hub-.log"));
    }

    /// <summary>A client authenticated as the bootstrap admin.</summary>
    public HttpClient AdminClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
        return client;
    }

    /// <summary>Outbox rows of one event type in the catalog database.</summary>
    public async Task<int> OutboxCountAsync(string eventType)
    {
        await using var scope = Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        return await context.OutboxMessages.CountAsync(m => m.Type == eventType);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A log file still open is not worth failing a test run for; the OS cleans temp.
            }
        }
    }
}

/// <summary>Small helpers for reading API answers.</summary>
internal static class Http
{
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text.Length == 0 ? "null" : text).RootElement.Clone();
    }

    public static Task<HttpResponseMessage> PostJsonAsync<T>(this HttpClient client, string url, T body) =>
        client.PostAsJsonAsync(url, body, CatalogHubFactory.Json);

    public static Task<HttpResponseMessage> PutJsonAsync<T>(this HttpClient client, string url, T body) =>
        client.PutAsJsonAsync(url, body, CatalogHubFactory.Json);

    public static async Task<HttpResponseMessage> SendWithIfMatchAsync<T>(this HttpClient client, HttpMethod method, string url, T body, string etag)
    {
        using var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body, options: CatalogHubFactory.Json) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return await client.SendAsync(request);
    }

    public static string Code(this JsonElement problem) => problem.TryGetProperty("code", out var code) ? code.GetString()! : "(no code)";
}
