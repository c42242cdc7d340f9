using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.IntegrationTests.Partners;

/// <summary>
/// The real host on real SQLite files in a temp folder, with a known bootstrap admin key and no Hangfire server.
/// One per fixture: each fixture gets fresh databases. Extra settings (rate limits, demo data) are passed in.
/// </summary>
internal sealed class PartnersHubFactory(
    IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? testServices = null) : WebApplicationFactory<Program>
{
    public const string AdminKey = "test-bootstrap-admin-key-0123456789abcdef";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "hub-partners-tests", Guid.NewGuid().ToString("N"));

    /// <summary>A client sending <paramref name="apiKey"/> as <c>X-Api-Key</c>.</summary>
    public HttpClient ClientWithKey(string apiKey)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    /// <summary>A client with the bootstrap admin key.</summary>
    public HttpClient Admin() => ClientWithKey(AdminKey);

    /// <summary>Creates an API client through the API and returns its key.</summary>
    public async Task<string> CreateKeyAsync(string kind, string? partnerId, params string[] scopes)
    {
        using var admin = Admin();
        var response = await admin.PostAsJsonAsync("/api/v1/api-clients",
            new { name = $"{kind} {partnerId} {Guid.NewGuid():N}", kind, partnerId, scopes }, Json);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        return body.GetProperty("apiKey").GetString()!;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:DataDirectory", _dataDirectory);
        builder.UseSetting("Security:BootstrapAdminApiKey", AdminKey);
        builder.UseSetting("Jobs:RunServer", "false");
        builder.UseSetting("Demo:Seed", "false");
        builder.UseSetting("Logging:File:Path", Path.Combine(_dataDirectory, "logs", "hub-.log"));
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        if (testServices is not null)
        {
            builder.ConfigureTestServices(testServices);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold a file for a moment; the temp folder is cleaned by the OS eventually.
            }
        }
    }
}
