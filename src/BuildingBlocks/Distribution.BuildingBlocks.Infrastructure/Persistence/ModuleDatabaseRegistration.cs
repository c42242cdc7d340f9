using Distribution.BuildingBlocks.Application.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Distribution.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Registers a module's DbContext for the configured provider, its unit of work and its health check.</summary>
public static class ModuleDatabaseRegistration
{
    /// <summary>
    /// Registers <typeparamref name="TContext"/> backed by <typeparamref name="TSqlite"/> or
    /// <typeparamref name="TSqlServer"/> (each carries its own migrations), and the module's unit of work
    /// <typeparamref name="TUnitOfWorkImplementation"/> under its marker <typeparamref name="TUnitOfWork"/>.
    /// </summary>
    public static IServiceCollection AddModuleDatabase<TContext, TSqlite, TSqlServer, TUnitOfWork, TUnitOfWorkImplementation>(
        this IServiceCollection services, IConfiguration configuration, string moduleName)
        where TContext : ModuleDbContext
        where TSqlite : TContext
        where TSqlServer : TContext
        where TUnitOfWork : class, IUnitOfWork
        where TUnitOfWorkImplementation : UnitOfWork<TContext>, TUnitOfWork
    {
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        // The options depend on configuration only, so they are built once (singleton), not for every scope: building
        // them per scope (per request and per job) cost a directory check and an options rebuild + EF service-provider
        // cache lookup for every DbContext.
        if (options.Provider == DatabaseProvider.SqlServer)
        {
            services.AddDbContext<TContext, TSqlServer>((_, builder) => builder.UseSqlServer(
                options.ConnectionString ?? throw new InvalidOperationException("Database:ConnectionString is required for SqlServer."),
                sql => sql.MigrationsHistoryTable("__EFMigrationsHistory", moduleName).EnableRetryOnFailure()),
                ServiceLifetime.Scoped, ServiceLifetime.Singleton);
        }
        else
        {
            services.AddDbContext<TContext, TSqlite>((provider, builder) =>
            {
                var directory = DataDirectory(options, provider.GetRequiredService<IHostEnvironment>());
                builder.UseSqlite($"Data Source={Path.Combine(directory, moduleName + ".db")}", IdListsAsOneParameter)
                    .AddInterceptors(new SqlitePragmas(), new SqliteWriteGate());
            }, ServiceLifetime.Scoped, ServiceLifetime.Singleton);
        }

        services.AddSingleton(new ModuleDatabase(moduleName, typeof(TContext)));
        // One instance per scope under both names: handlers use the marker, delivery jobs the generic type.
        services.AddScoped<TUnitOfWorkImplementation>();
        services.AddScoped<TUnitOfWork>(provider => provider.GetRequiredService<TUnitOfWorkImplementation>());
        services.AddScoped<UnitOfWork<TContext>>(provider => provider.GetRequiredService<TUnitOfWorkImplementation>());
        services.AddHealthChecks().AddDbContextCheck<TContext>($"database-{moduleName}", tags: ["ready"]);
        return services;
    }

    /// <summary>The SQLite data directory, created if missing.</summary>
    public static string DataDirectory(DatabaseOptions options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        var directory = Path.GetFullPath(options.DataDirectory, environment.ContentRootPath);
        Directory.CreateDirectory(directory);
        return directory;
    }

    // A list of ids (a batch's 100–500 events or messages in `ids.Contains(x.Id)`) goes to SQLite as one JSON parameter
    // read by json_each, not as EF Core's default of one parameter per id: SQLite looks every parameter name up with a
    // linear search of the statement's names, so binding n named parameters costs n² string comparisons, and the
    // statement (never cached by Microsoft.Data.Sqlite) is parsed anew with all n of them. SQL Server keeps the default,
    // which gives its optimizer the list's size.
    private static void IdListsAsOneParameter(SqliteDbContextOptionsBuilder sqlite) =>
        sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter);
}
