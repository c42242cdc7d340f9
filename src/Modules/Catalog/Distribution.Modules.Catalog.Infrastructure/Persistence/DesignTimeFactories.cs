using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Distribution.Modules.Catalog.Infrastructure.Persistence;

// Used only by 'dotnet ef migrations add' (build/scripts/add-migration.sh): no database is touched.
internal sealed class SqliteCatalogDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCatalogDbContext>
{
    public SqliteCatalogDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCatalogDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class SqlServerCatalogDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerCatalogDbContext>
{
    public SqlServerCatalogDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerCatalogDbContext>()
            .UseSqlServer("Server=design-time", sql => sql.MigrationsHistoryTable("__EFMigrationsHistory", "catalog")).Options);
}
