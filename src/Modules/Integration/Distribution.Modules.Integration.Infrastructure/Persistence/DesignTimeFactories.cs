using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Distribution.Modules.Integration.Infrastructure.Persistence;

// Used only by 'dotnet ef migrations add' (build/scripts/add-migration.sh): no database is touched.
internal sealed class SqliteIntegrationDesignTimeFactory : IDesignTimeDbContextFactory<SqliteIntegrationDbContext>
{
    public SqliteIntegrationDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteIntegrationDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class SqlServerIntegrationDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerIntegrationDbContext>
{
    public SqlServerIntegrationDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerIntegrationDbContext>()
            .UseSqlServer("Server=design-time", sql => sql.MigrationsHistoryTable("__EFMigrationsHistory", "integration")).Options);
}
