namespace Distribution.BuildingBlocks.Infrastructure.Persistence;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Database";

    /// <summary><see cref="DatabaseProvider.Sqlite"/> (default, embedded) or <see cref="DatabaseProvider.SqlServer"/>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>SQLite: folder holding one database file per module. Relative paths are from the content root.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>SQL Server: the one database all modules share (a schema each).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations at startup (a DBA can instead run the generated idempotent scripts).</summary>
    public bool MigrateOnStartup { get; set; } = true;
}

/// <summary>The supported database engines.</summary>
public enum DatabaseProvider
{
    /// <summary>Embedded: one SQLite file per module, nothing to install.</summary>
    Sqlite,

    /// <summary>Production and scale-out: one SQL Server database, one schema per module.</summary>
    SqlServer,
}
