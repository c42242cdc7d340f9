using Distribution.BuildingBlocks.Domain;
using Distribution.BuildingBlocks.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Distribution.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Base of every module's DbContext: the module's own schema (SQL Server) or file (SQLite), plus its outbox,
/// delivery and inbox tables, so an event commits in the same transaction as the change that caused it.
/// Each module derives one context per provider so that each provider keeps its own migrations.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The module name; the SQL Server schema.</summary>
    public abstract string ModuleName { get; }

    /// <summary>Integration events written with business changes.</summary>
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    /// <summary>One row per (event, subscriber) once dispatched; completed when the subscriber has it.</summary>
    public DbSet<OutboxDelivery> OutboxDeliveries => Set<OutboxDelivery>();

    /// <summary>Events this module has handled, keyed by (event id, handler).</summary>
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        if (Database.IsSqlServer())
        {
            modelBuilder.HasDefaultSchema(ModuleName);
        }

        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new OutboxDeliveryConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly);
        ApplyAggregateConventions(modelBuilder);
    }

    // Every aggregate's Version is its optimistic-concurrency token (and ETag), and its pending domain events are
    // not a column: said once here rather than in each entity configuration.
    private static void ApplyAggregateConventions(ModelBuilder modelBuilder)
    {
        var aggregates = modelBuilder.Model.GetEntityTypes()
            .Where(e => !e.IsOwned() && typeof(IVersioned).IsAssignableFrom(e.ClrType) && typeof(IHasDomainEvents).IsAssignableFrom(e.ClrType))
            .Select(e => e.ClrType)
            .ToList();
        foreach (var aggregate in aggregates)
        {
            var entity = modelBuilder.Entity(aggregate);
            entity.Property(nameof(IVersioned.Version)).IsConcurrencyToken();
            entity.Ignore(nameof(IHasDomainEvents.DomainEvents));
        }
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Every DateTime is UTC; SQLite hands them back as Unspecified, so say so on the way out.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<decimal>().HavePrecision(19, 6);
    }
}
