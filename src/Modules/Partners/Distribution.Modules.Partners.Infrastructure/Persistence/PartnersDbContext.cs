using Distribution.BuildingBlocks.Infrastructure.Persistence;
using Distribution.Modules.Partners.Domain.ApiClients;
using Distribution.Modules.Partners.Domain.Customers;
using Distribution.Modules.Partners.Domain.PartnerTemplates;
using Distribution.Modules.Partners.Domain.Suppliers;
using Distribution.Modules.Partners.Domain.TradingPartners;
using Microsoft.EntityFrameworkCore;

namespace Distribution.Modules.Partners.Infrastructure.Persistence;

/// <summary>The Partners module's database (schema <c>partners</c>, or <c>partners.db</c>).</summary>
internal abstract class PartnersDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string Module = "partners";

    public override string ModuleName => Module;

    public DbSet<ApiClient> ApiClients => Set<ApiClient>();

    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<Supplier> Suppliers => Set<Supplier>();

    public DbSet<TradingPartnerProfile> TradingPartners => Set<TradingPartnerProfile>();

    public DbSet<PartnerTemplate> PartnerTemplates => Set<PartnerTemplate>();
}

/// <summary>SQLite flavour: carries the SQLite migrations.</summary>
internal sealed class SqlitePartnersDbContext(DbContextOptions<SqlitePartnersDbContext> options) : PartnersDbContext(options);

/// <summary>SQL Server flavour: carries the SQL Server migrations.</summary>
internal sealed class SqlServerPartnersDbContext(DbContextOptions<SqlServerPartnersDbContext> options) : PartnersDbContext(options);
