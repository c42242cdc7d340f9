using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Distribution.Modules.Partners.Infrastructure.Persistence;

// Used only by 'dotnet ef migrations add' (build/scripts/add-migration.sh): no database is touched.
internal sealed class SqlitePartnersDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePartnersDbContext>
{
    public SqlitePartnersDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlitePartnersDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class SqlServerPartnersDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerPartnersDbContext>
{
    public SqlServerPartnersDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerPartnersDbContext>()
            .UseSqlServer("Server=design-time", sql => sql.MigrationsHistoryTable("__EFMigrationsHistory", "partners")).Options);
}
