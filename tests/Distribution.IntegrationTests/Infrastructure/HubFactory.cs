using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.IntegrationTests.Infrastructure;

/// <summary>
/// The real host (<see cref="Program"/>) on real SQLite files in a fresh temporary folder, with test-friendly
/// timings: webhook backoff in milliseconds and Hangfire polling delayed jobs ten times a second. The folder
/// (databases and the Serilog file) is deleted on dispose.
/// </summary>
/// <param name="demoSeed">Start with the demo data (<c>Demo:Seed</c>).</param>
/// <param name="environment">The host environment; Development (the factory's default) unless a test needs another.</param>
/// <param name="settings">Extra configuration (applied last).</param>
/// <param name="testServices">Service replacements (e.g. a fake <see cref="TimeProvider"/>).</param>
public sealed class HubFactory(
    bool demoSeed = false, string environment = "Development",
    IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? testServices = null) : WebApplicationFactory<Program>
{
    /// <summary>The bootstrap admin key every factory starts with (40 characters).</summary>
    public const string AdminApiKey = "itest-admin-key-0123456789abcdefghijklmn";

    private bool _cleanedUp;

    /// <summary>The temporary folder holding this hub's databases and logs.</summary>
    public string RootDirectory { get; } = Path.Combine(Path.GetTempPath(), "dih-itests", Guid.NewGuid().ToString("N"));

    /// <summary>The SQLite data directory (one file per module).</summary>
    public string DataDirectory => Path.Combine(RootDirectory, "data");

    /// <summary>The folder of the Serilog rolling file.</summary>
    public string LogDirectory => Path.Combine(RootDirectory, "logs");

    /// <summary>A client of the hub's API carrying the admin <c>X-Api-Key</c>.</summary>
    public HttpClient CreateAdminClient() => CreateClientWithKey(AdminApiKey);

    /// <summary>A client of the hub's API carrying <paramref name="apiKey"/> as <c>X-Api-Key</c>.</summary>
    public HttpClient CreateClientWithKey(string apiKey)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting (host configuration) reaches WebApplication.CreateBuilder as arguments, so Program sees these
        // values even where it reads configuration before Build (logging path, database and job options).
        builder.UseEnvironment(environment);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:DataDirectory", DataDirectory);
        builder.UseSetting("Security:BootstrapAdminApiKey", AdminApiKey);
        builder.UseSetting("Logging:File:Path", Path.Combine(LogDirectory, "hub-.log"));
        builder.UseSetting("Logging:File:Json", "false");
        builder.UseSetting("Webhooks:BackoffBase", "00:00:00.050");
        builder.UseSetting("Webhooks:BackoffCap", "00:00:00.200");
        builder.UseSetting("Webhooks:Timeout", "00:00:10");
        builder.UseSetting("Jobs:SchedulePollingInterval", "00:00:00.100");
        builder.UseSetting("Jobs:WorkerCount", "8");
        builder.UseSetting("Demo:Seed", demoSeed ? "true" : "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        if (testServices is not null)
        {
            builder.ConfigureTestServices(testServices);
        }
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        CleanUp();
    }

    private void CleanUp()
    {
        if (_cleanedUp)
        {
            return;
        }

        _cleanedUp = true;
        SqliteConnection.ClearAllPools();
        for (var attempt = 1; attempt <= 5 && Directory.Exists(RootDirectory); attempt++)
        {
            try
            {
                Directory.Delete(RootDirectory, recursive: true);
            }
            catch (IOException) when (attempt < 5)
            {
                Thread.Sleep(100 * attempt);
            }
            catch (UnauthorizedAccessException) when (attempt < 5)
            {
                Thread.Sleep(100 * attempt);
            }
        }
    }
}
