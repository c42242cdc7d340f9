using Distribution.BuildingBlocks.Domain;
using Distribution.BuildingBlocks.Infrastructure.Outbox;
using Distribution.BuildingBlocks.Infrastructure.Persistence.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Distribution.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Base of every module's DbContext: the module's own schema (SQL Server) or file (SQLite), plus its outbox,
/// delivery and inbox tables, so an event commits in the same transaction as the change that caused it.
/// Each module derives one context per provider so that each provider keeps its own migrations.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    private readonly AppendedRows _appended = new();

    /// <summary>The module name; the SQL Server schema.</summary>
    public abstract string ModuleName { get; }

    /// <summary>Integration events written with business changes.</summary>
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    /// <summary>One row per (event, subscriber) once dispatched; completed when the subscriber has it.</summary>
    public DbSet<OutboxDelivery> OutboxDeliveries => Set<OutboxDelivery>();

    /// <summary>Events this module has handled, keyed by (event id, handler).</summary>
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    /// <summary>Rows queued by <see cref="Append{TEntity}"/> and not saved yet (the unit of work stamps their versions).</summary>
    public IEnumerable<object> AppendedRows => _appended.All;

    /// <summary>
    /// Queues rows that are only inserted, never changed in this scope (inbox, delivery and message-log rows), for the
    /// next save, in its transaction. On SQLite they bypass the change tracker: encoded before the write transaction and
    /// inserted by one prepared statement per table (ADR 0016). Elsewhere they are simply added to the tracker. Either
    /// way they are not tracked after the save, and they may not carry domain events.
    /// </summary>
    public void Append<TEntity>(IReadOnlyCollection<TEntity> rows)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.OfType<IHasDomainEvents>().Any(row => row.DomainEvents.Count > 0))
        {
            throw new InvalidOperationException($"Appended {typeof(TEntity).Name} rows cannot raise domain events; add them to the change tracker instead.");
        }

        if (Database.IsSqlite())
        {
            _appended.Add(Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model."), rows);
        }
        else
        {
            Set<TEntity>().AddRange(rows);
        }
    }

    /// <inheritdoc />
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        // Synchronous saves are rare here (tests, tools): the change tracker takes the appended rows.
        foreach (var row in _appended.All)
        {
            Add(row);
        }

        _appended.Clear();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>
    /// Entity types whose modified rows are written on SQLite by one prepared statement per set of changed columns
    /// instead of EF Core's command per row (ADR 0016): for tables updated hundreds of rows per commit. They must be
    /// plain rows (no owned types) and must not rely on the change tracker after a failed save.
    /// </summary>
    protected virtual IReadOnlySet<Type> UpdatedByBoundStatements { get; } = new HashSet<Type>();

    /// <inheritdoc />
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if ((_appended.IsEmpty && UpdatedByBoundStatements.Count == 0) || !Database.IsSqlite())
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // Everything is encoded before the transaction opens: SQLite's one write lock is held for binding and stepping.
        var sql = this.GetService<ISqlGenerationHelper>();
        using var appended = _appended.Encode(sql);
        // A failed save forgets them as well: every caller starts again in a fresh scope and queues them anew.
        _appended.Clear();
        using var updates = BoundUpdates.Take(this, UpdatedByBoundStatements, sql);
        if (appended.Count + updates.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        await using (transaction)
        {
            var connection = (SqliteConnection)Database.GetDbConnection();
            appended.Insert(connection);
            updates.Run(connection);
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return saved + appended.Count + updates.Count;
        }
    }

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
