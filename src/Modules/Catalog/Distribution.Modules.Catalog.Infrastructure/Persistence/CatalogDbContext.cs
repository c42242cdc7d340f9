using Distribution.BuildingBlocks.Infrastructure.Persistence;
using Distribution.Modules.Catalog.Domain.CrossReferences;
using Distribution.Modules.Catalog.Domain.Imports;
using Distribution.Modules.Catalog.Domain.Items;
using Distribution.Modules.Catalog.Domain.MasterDataIssues;
using Microsoft.EntityFrameworkCore;

namespace Distribution.Modules.Catalog.Infrastructure.Persistence;

/// <summary>The Catalog module's database (schema <c>catalog</c>, or <c>catalog.db</c>).</summary>
internal abstract class CatalogDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string Module = "catalog";

    public override string ModuleName => Module;

    public DbSet<Item> Items => Set<Item>();

    public DbSet<CrossReference> CrossReferences => Set<CrossReference>();

    public DbSet<MasterDataIssue> MasterDataIssues => Set<MasterDataIssue>();

    public DbSet<CatalogImport> Imports => Set<CatalogImport>();

    public DbSet<ImportRowResult> ImportRows => Set<ImportRowResult>();
}

/// <summary>SQLite flavour: carries the SQLite migrations.</summary>
internal sealed class SqliteCatalogDbContext(DbContextOptions<SqliteCatalogDbContext> options) : CatalogDbContext(options);

/// <summary>SQL Server flavour: carries the SQL Server migrations.</summary>
internal sealed class SqlServerCatalogDbContext(DbContextOptions<SqlServerCatalogDbContext> options) : CatalogDbContext(options);
