using System.Buffers;
using System.Collections;
using System.Data.Common;
using Distribution.BuildingBlocks.Application.Correlation;
using Distribution.BuildingBlocks.Application.Errors;
using Distribution.BuildingBlocks.Infrastructure.Outbox;
using Distribution.BuildingBlocks.Infrastructure.Persistence;
using Distribution.BuildingBlocks.Infrastructure.Persistence.Sqlite;
using Distribution.Modules.Catalog.Application.Abstractions;
using Distribution.Modules.Catalog.Application.Resolution;
using Distribution.Modules.Catalog.Domain.Items;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.Modules.Catalog.Infrastructure.Persistence;

/// <summary>
/// <see cref="ICatalogImportWriter"/> without change tracking (ADR 0011, ADR 0015): on SQLite one prepared
/// <c>INSERT … VALUES (?1, …)</c> per table and chunk, executed per row with values encoded in advance by
/// <see cref="Prepare"/> (<see cref="SqliteRows"/>); multi-row <c>INSERT … VALUES (…), (…)</c> statements on SQL Server; and one
/// version-guarded <c>UPDATE</c> per changed item, on a connection and transaction of its own. Tables, columns,
/// parameter types and value conversions all come from the EF Core model (the same mapping <c>SaveChanges</c> uses),
/// so a column added to an entity is written here too, on either provider (SQL Server inside the retrying execution
/// strategy).
/// </summary>
internal sealed partial class CatalogImportWriter : ICatalogImportWriter, IAsyncDisposable
{
    // SQL Server takes at most 2,100 parameters per statement and 1,000 rows per VALUES list.
    private const int MaxParametersPerStatement = 2000;
    private const int MaxRowsPerStatement = 100;

    private readonly ResolutionCache _cache;
    private readonly OutboxSignal _signal;
    private readonly ICorrelationContext _correlation;

    // A DbContext (and connection) of its own: the import reads the next chunk on the request's context while this
    // one writes (SQLite in WAL mode lets a reader run beside the writer).
    private readonly AsyncServiceScope _scope;
    private readonly Lazy<CatalogDbContext> _context;

    // Taken from the model once; Prepare (on the import's preparing thread) needs nothing else of the context.
    private readonly Lazy<ImportTables> _tables;

    // One table's encoded rows, reused from table to table and chunk to chunk (by Prepare only).
    private readonly ArrayBufferWriter<byte> _encoded = new(256 * 1024);
    private bool _published;

    public CatalogImportWriter(IServiceScopeFactory scopes, ResolutionCache cache, OutboxSignal signal, ICorrelationContext correlation)
    {
        _cache = cache;
        _signal = signal;
        _correlation = correlation;
        _scope = scopes.CreateAsyncScope();
        _context = new Lazy<CatalogDbContext>(() => _scope.ServiceProvider.GetRequiredService<CatalogDbContext>());
        _tables = new Lazy<ImportTables>(() => ImportTables.Of(_context.Value));
    }

    private CatalogDbContext Context => _context.Value;

    public void Dispatch()
    {
        if (_published)
        {
            _signal.Signal(Context.ModuleName);
            _published = false;
        }
    }

    public ValueTask DisposeAsync() => _scope.DisposeAsync();

    public PreparedImportChunk Prepare(CatalogImportChunk chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        var tables = _tables.Value;
        // Versions move on once (a retried transaction writes the same numbers); a changed item's update expects the one before.
        foreach (var item in chunk.NewItems.Concat(chunk.ChangedItems.Select(c => c.Item)))
        {
            item.IncrementVersion();
        }

        foreach (var issue in chunk.Issues)
        {
            issue.IncrementVersion();
        }

        var outbox = chunk.Events.Select(e => OutboxMessage.For(e, _correlation.CorrelationId, CatalogItemEventsJsonContext.Default)).ToList();
        var inserts = new List<TableRows> { Encode(tables.Items, chunk.NewItems.Select(item => ((object?)null, (object)item)), _encoded) };
        foreach (var (navigation, table) in tables.Owned)
        {
            inserts.Add(Encode(table, chunk.NewItems.SelectMany(item => Children(navigation, item).Select(child => ((object?)item.Id, child))), _encoded));
        }

        inserts.Add(Encode(tables.Issues, chunk.Issues.Select(issue => ((object?)null, (object)issue)), _encoded));
        inserts.Add(Encode(tables.Outbox, outbox.Select(message => ((object?)null, (object)message)), _encoded));
        inserts.Add(Encode(tables.Rows, chunk.Rows.Select(row => ((object?)null, (object)row)), _encoded));
        var counters = tables.Counters.Select(c => c.GetGetter().GetClrValue(chunk.Import)).ToArray();
        return new Prepared(chunk, inserts, counters, hasEvents: outbox.Count > 0);
    }

    public async Task WriteAsync(PreparedImportChunk chunk, CancellationToken cancellationToken)
    {
        if (chunk is not Prepared prepared)
        {
            throw new ArgumentException("The chunk was not prepared by this writer.", nameof(chunk));
        }

        // Its encoded rows go back to the pool however the write ends.
        using var release = prepared;
        try
        {
            var strategy = Context.Database.CreateExecutionStrategy();
            await strategy.ExecuteAsync(
                prepared,
                async (_, state, token) =>
                {
                    await using var transaction = await Context.Database.BeginTransactionAsync(token);
                    await WriteAsync(state, transaction.GetDbTransaction(), token);
                    await transaction.CommitAsync(token);
                    return true;
                },
                verifySucceeded: null,
                cancellationToken);
        }
        catch (DbException exception) when (UniqueViolation.IsCausedBy(exception))
        {
            throw new ConflictException("conflict.duplicate", "A resource with the same unique key already exists.");
        }

        // After the commit only: a failed chunk invalidates nothing, and no reader can cache what it read before this.
        if (prepared.Chunk.NewItems.Count > 0 || prepared.Chunk.ChangedItems.Count > 0)
        {
            _cache.Invalidate();
        }

        // The dispatcher is woken once the whole load is written (Dispatch): draining events while the load still
        // writes would compete with it for the database and the CPU; the sweep is the safety net either way.
        _published |= prepared.HasEvents;
    }

    // SQLite: the rows' values encoded here, off the writing thread, so writing is binding and stepping only. Other
    // providers: the rows themselves, bound per statement when written.
    private TableRows Encode(Table table, IEnumerable<(object? Owner, object Row)> rows, ArrayBufferWriter<byte> buffer) =>
        _tables.Value.Sqlite
            ? new TableRows(table, [], Sqlite(table).Encode(rows, buffer))
            : new TableRows(table, rows.ToList(), null);

    private static SqliteRows Sqlite(Table table) => SqliteRows.For(table.Entity, table.Columns, table.Name, table.Column);

    private async Task WriteAsync(Prepared prepared, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var tables = _tables.Value;
        // Changed items first: their owned rows are replaced, which frees lookup keys before new rows take them.
        if (prepared.Chunk.ChangedItems.Count > 0)
        {
            await UpdateChangedAsync(prepared.Chunk.ChangedItems, tables, transaction, cancellationToken);
        }

        foreach (var insert in prepared.Inserts)
        {
            await InsertAsync(insert, transaction, cancellationToken);
        }

        await UpdateCountersAsync(prepared, tables, transaction, cancellationToken);
    }

    private Task InsertAsync(TableRows insert, DbTransaction transaction, CancellationToken cancellationToken)
    {
        if (insert.Encoded is { } encoded)
        {
            // Synchronous, as every Microsoft.Data.Sqlite call is; the connection and transaction are the context's.
            Sqlite(insert.Table).Insert((SqliteConnection)transaction.Connection!, encoded);
            return Task.CompletedTask;
        }

        return insert.Rows.Count > 0 ? InsertValuesAsync(insert.Rows, insert.Table, transaction, cancellationToken) : Task.CompletedTask;
    }

    private async Task UpdateChangedAsync(IReadOnlyList<ChangedItem> changed, ImportTables tables, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var table = tables.Items;
        var sql = table.Sql;
        var key = table.Entity.FindPrimaryKey()!.Properties.Single();
        var version = table.Entity.FindProperty(nameof(Item.Version))!;
        var columns = table.Columns.Where(c => !c.IsPrimaryKey()).ToList();
        await using var update = Command(transaction, $"UPDATE {table.Name} SET {string.Join(", ", columns.Select((c, i) => $"{table.Column(c)} = {sql.GenerateParameterNamePlaceholder("p" + i)}"))} " +
            $"WHERE {table.Column(key)} = {sql.GenerateParameterNamePlaceholder("id")} AND {table.Column(version)} = {sql.GenerateParameterNamePlaceholder("version")}");
        var parameters = columns.Select((c, i) => Parameter(update, c, "p" + i)).ToList();
        var id = Parameter(update, key, "id");
        var expected = Parameter(update, version, "version");

        var deletes = new Dictionary<INavigation, (DbCommand Command, DbParameter Owner)>();
        try
        {
            foreach (var (navigation, child) in tables.Owned)
            {
                var ownerKey = navigation.ForeignKey.Properties.Single();
                var delete = Command(transaction, $"DELETE FROM {child.Name} WHERE {child.Column(ownerKey)} = {sql.GenerateParameterNamePlaceholder("owner")}");
                deletes[navigation] = (delete, Parameter(delete, ownerKey, "owner"));
            }

            var rewritten = new Dictionary<INavigation, List<(object? Owner, object Child)>>();
            foreach (var (item, changes) in changed)
            {
                for (var i = 0; i < columns.Count; i++)
                {
                    Set(parameters[i], columns[i], columns[i].GetGetter().GetClrValue(item));
                }

                Set(id, key, item.Id);
                Set(expected, version, item.Version - 1);
                if (await update.ExecuteNonQueryAsync(cancellationToken) != 1)
                {
                    // Someone changed the item since the chunk read it: the chunk is rolled back, as SaveChanges would.
                    throw PreconditionException.Failed();
                }

                foreach (var (navigation, _) in tables.Owned.Where(n => Rewrites(n.Navigation, changes)))
                {
                    var (delete, owner) = deletes[navigation];
                    Set(owner, navigation.ForeignKey.Properties.Single(), item.Id);
                    await delete.ExecuteNonQueryAsync(cancellationToken);
                    if (!rewritten.TryGetValue(navigation, out var children))
                    {
                        rewritten[navigation] = children = [];
                    }

                    children.AddRange(Children(navigation, item).Select(child => ((object?)item.Id, child)));
                }
            }

            foreach (var (navigation, ownedTable) in tables.Owned.Where(o => rewritten.ContainsKey(o.Navigation)))
            {
                // Encoded here, not in Prepare: the rows replace what the deletes above removed. A buffer of its own,
                // as Prepare may be encoding the next chunk meanwhile.
                var rows = rewritten[navigation];
                var rewrite = Encode(ownedTable, rows, new ArrayBufferWriter<byte>());
                try
                {
                    await InsertAsync(rewrite, transaction, cancellationToken);
                }
                finally
                {
                    rewrite.Encoded?.Dispose();
                }
            }
        }
        finally
        {
            foreach (var (delete, _) in deletes.Values)
            {
                await delete.DisposeAsync();
            }
        }
    }

    // The aggregate names each change after the collection it touched ("identifiers", "packs", …); "details" and
    // "status" are columns of the item. Anything else unknown rewrites every owned collection, to be safe.
    private static bool Rewrites(INavigation navigation, IReadOnlyCollection<string> changes) =>
        changes.Any(change => string.Equals(change, navigation.Name, StringComparison.OrdinalIgnoreCase)
            || change is not ("details" or "status") && !KnownCollection(change));

    private static bool KnownCollection(string change) => change is "identifiers" or "packs" or "substitutions" or "attributes";

    // The counters only, as Prepare took them: the import's version stays with the unit of work that completes it.
    private async Task UpdateCountersAsync(Prepared prepared, ImportTables tables, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var table = tables.Imports;
        var sql = table.Sql;
        var key = table.Entity.FindPrimaryKey()!.Properties.Single();
        var counters = tables.Counters;
        await using var command = Command(transaction, $"UPDATE {table.Name} SET {string.Join(", ", counters.Select((c, i) => $"{table.Column(c)} = {sql.GenerateParameterNamePlaceholder("p" + i)}"))} " +
            $"WHERE {table.Column(key)} = {sql.GenerateParameterNamePlaceholder("id")}");
        for (var i = 0; i < counters.Count; i++)
        {
            Set(Parameter(command, counters[i], "p" + i), counters[i], prepared.Counters[i]);
        }

        Set(Parameter(command, key, "id"), key, prepared.Chunk.Import.Id);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // SQL Server (and any other provider): multi-row VALUES, prepared once per chunk and table and reused.
    private async Task InsertValuesAsync(
        IReadOnlyList<(object? Owner, object Child)> rows, Table table, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var columns = table.Columns;
        var perStatement = Math.Clamp(MaxParametersPerStatement / columns.Count, 1, MaxRowsPerStatement);
        var values = new List<object?>(perStatement * columns.Count);
        DbCommand? full = null;
        try
        {
            var pending = 0;
            foreach (var (owner, child) in rows)
            {
                foreach (var column in columns)
                {
                    values.Add(column.IsShadowProperty() ? owner : column.GetGetter().GetClrValue(child));
                }

                if (++pending == perStatement)
                {
                    full ??= InsertCommand(table, transaction, perStatement);
                    await ExecuteAsync(full, columns, values, cancellationToken);
                    values.Clear();
                    pending = 0;
                }
            }

            if (pending > 0)
            {
                await using var rest = InsertCommand(table, transaction, pending);
                await ExecuteAsync(rest, columns, values, cancellationToken);
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }
        }
    }

    private static async Task ExecuteAsync(DbCommand command, IReadOnlyList<IProperty> columns, List<object?> values, CancellationToken cancellationToken)
    {
        for (var i = 0; i < values.Count; i++)
        {
            Set(command.Parameters[i], columns[i % columns.Count], values[i]);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private DbCommand InsertCommand(Table table, DbTransaction transaction, int rows)
    {
        var sql = table.Sql;
        var tuples = Enumerable.Range(0, rows)
            .Select(r => "(" + string.Join(", ", table.Columns.Select((_, c) => sql.GenerateParameterNamePlaceholder($"p{r}_{c}"))) + ")");
        var command = Command(transaction, $"INSERT INTO {table.Name} ({string.Join(", ", table.Columns.Select(table.Column))}) VALUES {string.Join(", ", tuples)}");
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < table.Columns.Count; c++)
            {
                Parameter(command, table.Columns[c], $"p{r}_{c}");
            }
        }

        return command;
    }

    private DbCommand Command(DbTransaction transaction, string text)
    {
        var command = Context.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;
        return command;
    }

    // Typed as SaveChanges would type it (the property's store mapping), value set per row by Set.
    private DbParameter Parameter(DbCommand command, IProperty property, string name)
    {
        // The name as the statement spells it ("@p0"): Microsoft.Data.Sqlite otherwise retries each prefix in turn.
        var parameter = property.GetRelationalTypeMapping().CreateParameter(
            command, Context.GetService<ISqlGenerationHelper>().GenerateParameterName(name), value: null, nullable: property.IsNullable);
        command.Parameters.Add(parameter);
        return parameter;
    }

    // A size the type mapping fixed when the parameter was made (the column width, or 4,000 for an unbounded SQL
    // Server string, since the value was null then) would cut a longer value without an error; SaveChanges sizes
    // each parameter for its value, and so does this.
    internal static void Set(DbParameter parameter, IProperty property, object? value)
    {
        var provider = ToProvider(property, value);
        var length = provider switch { string text => text.Length, byte[] bytes => bytes.Length, _ => 0 };
        if (parameter.Size > 0 && length > parameter.Size)
        {
            parameter.Size = length;
        }

        parameter.Value = provider ?? DBNull.Value;
    }

    // The property's value converter (enum → string, UTC DateTime), as SaveChanges applies it.
    private static object? ToProvider(IProperty property, object? value) =>
        value is null ? null : property.GetTypeMapping().Converter is { } converter ? converter.ConvertToProvider(value) : value;

    private static IEnumerable<object> Children(INavigation navigation, Item item) =>
        ((IEnumerable?)navigation.GetGetter().GetClrValue(item))?.Cast<object>() ?? [];
}
