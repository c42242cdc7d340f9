using Distribution.BuildingBlocks.Infrastructure.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Distribution.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Applies every module's pending migrations at startup (unless <c>Database:MigrateOnStartup=false</c>, when a DBA
/// runs the generated scripts). On SQL Server, EF Core takes an application lock, so several starting instances
/// migrate once. SQLite files are switched to WAL so readers never block the writer.
/// </summary>
internal sealed class MigrateDatabasesStartupTask(IEnumerable<ModuleDatabase> databases, IOptions<DatabaseOptions> options)
    : IStartupTask
{
    public int Order => 0;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateOnStartup)
        {
            return;
        }

        var logger = services.GetRequiredService<ILogger<MigrateDatabasesStartupTask>>();
        foreach (var database in databases)
        {
            var context = (ModuleDbContext)services.GetRequiredService(database.ContextType);
            if (context.Database.IsSqlite())
            {
                await context.Database.OpenConnectionAsync(cancellationToken);
                await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
                await context.Database.CloseConnectionAsync();
            }

            await context.Database.MigrateAsync(cancellationToken);
            logger.LogInformation("Database of module {Module} is up to date", database.ModuleName);
        }
    }
}
