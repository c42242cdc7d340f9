using Distribution.Modules.Catalog.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.Benchmarks.Outbox;

/// <summary>
/// The real host (its own <c>Program</c>, modules, SQLite files, in-memory Hangfire storage and server with the
/// configured worker count) in this process. The only additions are the probes: a SaveChanges interceptor on the
/// Catalog context and the baseline's no-op job. Configuration comes from environment variables set by the
/// harness before the host is built, so the host's registration code sees it.
/// </summary>
internal sealed class HubFactory(Probes probes) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseContentRoot(HostProjectDirectory());
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(new NoopJobProbe(probes));
            services.AddTransient<NoopJob>();
            services.ConfigureDbContext<SqliteCatalogDbContext>((_, options) => options.AddInterceptors(new CommitProbe(probes)),
                ServiceLifetime.Singleton);
        });
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
