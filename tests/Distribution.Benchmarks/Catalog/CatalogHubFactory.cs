using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Distribution.Benchmarks.Catalog;

/// <summary>
/// The real host in this process (its own <c>Program</c>, every module, SQLite files in a temp directory, demo data
/// seeded) with nothing added: the catalog benchmarks take their services from it. Configuration comes from
/// environment variables set before the host is built, so the host's registration code sees it. The host listens on
/// a loopback port and the demo webhook subscription points at the receiver it serves there: otherwise every event
/// the warm-up publishes fails its delivery (nothing listens at the default address) and is retried by Hangfire
/// while the measured phases run.
/// </summary>
internal sealed class CatalogHubFactory : WebApplicationFactory<Program>
{
    public const string AdminKey = "benchmark-admin-key-0123456789abcdefghij";

    private CatalogHubFactory(string workDirectory) => WorkDirectory = workDirectory;

    /// <summary>The temp directory holding the SQLite files and logs.</summary>
    public string WorkDirectory { get; }

    /// <summary>Builds and starts the host (migrations, startup tasks, demo seed) in a fresh temp directory.</summary>
    public static CatalogHubFactory Start()
    {
        var work = Path.Combine(Path.GetTempPath(), "hub-catbench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        Environment.SetEnvironmentVariable("Database__DataDirectory", Path.Combine(work, "data"));
        Environment.SetEnvironmentVariable("Security__BootstrapAdminApiKey", AdminKey);
        Environment.SetEnvironmentVariable("Demo__Seed", "true");
        var port = FreeLoopbackPort();
        Environment.SetEnvironmentVariable("Demo__WebhookReceiverUrl", $"http://127.0.0.1:{port}/demo/webhook-receiver");
        Environment.SetEnvironmentVariable("Logging__File__Path", Path.Combine(work, "logs", "hub-.log"));
        // Per-request and per-command information logs would put the console in the measured path.
        Environment.SetEnvironmentVariable("Serilog__MinimumLevel__Default", "Warning");
        var factory = new CatalogHubFactory(work);
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        factory.StartServer();
        return factory;
    }

    /// <summary>Deletes the temp directory (after the host is disposed); best effort.</summary>
    public void DeleteWorkDirectory()
    {
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow shutdown; the temp directory is cleaned by the OS eventually.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseContentRoot(HostProjectDirectory());
    }

    // What `dotnet run` would use; found from the binaries, as this is not a test project with a content-root attribute.
    private static string HostProjectDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Distribution.sln")))
        {
            directory = directory.Parent;
        }

        return directory is null
            ? AppContext.BaseDirectory
            : Path.Combine(directory.FullName, "src", "Host", "Distribution.Host");
    }
}
