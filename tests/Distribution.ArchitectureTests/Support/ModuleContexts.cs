using Distribution.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Distribution.ArchitectureTests.Support;

/// <summary>A module's DbContext flavour: the SQLite or SQL Server subclass carrying that provider's migrations.</summary>
public sealed record ModuleContext(HubModule Module, Type ContextType, string Provider)
{
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";

    /// <summary>Every concrete ModuleDbContext of every module's Infrastructure.</summary>
    public static IReadOnlyList<ModuleContext> All { get; } = HubAssemblies.Modules
        .SelectMany(module => module.Layer(HubModule.Infrastructure).GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsSubclassOf(typeof(ModuleDbContext)))
            .Select(t => new ModuleContext(module, t, ProviderOf(t))))
        .OrderBy(c => c.ContextType.Name, StringComparer.Ordinal)
        .ToList();

    /// <summary>A context on SQL Server as production configures it; nothing connects until a query runs.</summary>
    public ModuleDbContext CreateForSqlServer()
    {
        var schema = SchemaName();
        return Create(builder => builder.UseSqlServer("Server=none",
            sql => sql.MigrationsHistoryTable("__EFMigrationsHistory", schema)));
    }

    /// <summary>A context on SQLite at <paramref name="connectionString"/>.</summary>
    public ModuleDbContext CreateForSqlite(string connectionString) => Create(builder => builder.UseSqlite(connectionString));

    /// <summary>The context as its provider would be configured in production (SQLite: in memory).</summary>
    public ModuleDbContext CreateForOwnProvider() =>
        Provider == SqlServer ? CreateForSqlServer() : CreateForSqlite("Data Source=:memory:");

    /// <summary>The module's name as the context reports it: the SQL Server schema and the SQLite file name.</summary>
    public string SchemaName()
    {
        using var probe = Create(builder => builder.UseSqlServer("Server=none"));
        return probe.ModuleName;
    }

    public override string ToString() => ContextType.Name;

    private ModuleDbContext Create(Action<DbContextOptionsBuilder> configure)
    {
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(ContextType))!;
        configure(builder);
        return (ModuleDbContext)Activator.CreateInstance(ContextType, builder.Options)!;
    }

    private static string ProviderOf(Type contextType) =>
        contextType.Name.StartsWith(SqlServer, StringComparison.Ordinal) ? SqlServer
        : contextType.Name.StartsWith(Sqlite, StringComparison.Ordinal) ? Sqlite
        : "unknown";
}
