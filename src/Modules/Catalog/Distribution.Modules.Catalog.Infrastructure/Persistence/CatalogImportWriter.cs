using System.Buffers;
using System.Collections;
using System.Data.Common;
using Distribution.BuildingBlocks.Application.Correlation;
using Distribution.BuildingBlocks.Application.Errors;
using Distribution.BuildingBlocks.Infrastructure.Outbox;
using Distribution.BuildingBlocks.Infrastructure.Persistence;
using Distribution.Modules.Catalog.Application.Abstractions;
using Distribution.Modules.Catalog.Application.Resolution;
using Distribution.Modules.Catalog.Domain.Imports;
using Distribution.Modules.Catalog.Domain.Items;
using Distribution.Modules.Catalog.Domain.MasterDataIssues;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.Modules.Catalog.Infrastructure.Persistence;

/// <summary>
/// <see cref="ICatalogImportWriter"/> without change tracking (ADR 0011): one <c>INSERT … SELECT … FROM json_each(@rows)</c>
/// per table and chunk on SQLite (multi-row <c>INSERT … VALUES (…), (…)</c> statements on SQL Server), and one
/// version-guarded <c>UPDATE</c> per changed item, on a connection and transaction of its own. Tables, columns,
/// parameter types and value conversions all come from the EF Core model (the same mapping <c>SaveChanges</c> uses),
/// so a column added to an entity is written here too, on either provider (SQL Server inside the retrying execution
/// strategy).
/// </summary>
internal sealed class CatalogImportWriter(IServiceScopeFactory scopes, ResolutionCache cache, OutboxSignal signal, ICorrelationContext correlation)
    : ICatalogImportWriter, IAsyncDisposable
{
    // SQL Server takes at most 2,100 parameters per statement and 1,000 rows per VALUES list.
    private const int MaxParametersPerStatement = 2000;
    private const int MaxRowsPerStatement = 100;

    // A DbContext (and connection) of its own: the import reads the next chunk on the request's context while this
    // one writes (SQLite in WAL mode lets a reader run beside the writer).
    private readonly AsyncServiceScope _scope = scopes.CreateAsyncScope();

    // The JSON of one table's rows, reused from table to table and chunk to chunk.
    private readonly ArrayBufferWriter<byte> _json = new(256 * 1024);
    private CatalogDbContext? _context;
    private bool _published;

    private CatalogDbContext Context => _context ??= _scope.ServiceProvider.GetRequiredService<CatalogDbContext>();

    public void Dispatch()
    {
        if (_published)
        {
            signal.Signal(Context.ModuleName);
            _published = false;
        }
    }

    public ValueTask DisposeAsync() => _scope.DisposeAsync();

    public async Task WriteAsync(CatalogImportChunk chunk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        // Serialised before the transaction opens, so the write lock is held for writing only.
        var outbox = chunk.Events.Select(e => OutboxMessage.For(e, correlation.CorrelationId, CatalogItemEventsJsonContext.Default)).ToList();
        // Versions move on once (a retried transaction writes the same numbers); a changed item's update expects the one before.
        foreach (var item in chunk.NewItems.Concat(chunk.ChangedItems.Select(c => c.Item)))
        {
            item.IncrementVersion();
        }

        foreach (var issue in chunk.Issues)
        {
            issue.IncrementVersion();
        }

        try
        {
            var strategy = Context.Database.CreateExecutionStrategy();
            await strategy.ExecuteAsync(
                (chunk, outbox),
                async (_, state, token) =>
                {
                    await using var transaction = await Context.Database.BeginTransactionAsync(token);
                    await WriteAsync(state.chunk, state.outbox, transaction.GetDbTransaction(), token);
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
        if (chunk.NewItems.Count > 0 || chunk.ChangedItems.Count > 0)
        {
            cache.Invalidate();
        }

        // The dispatcher is woken once the whole load is written (Dispatch): draining events while the load still
        // writes would compete with it for the database and the CPU; the sweep is the safety net either way.
        _published |= outbox.Count > 0;
    }

    private async Task WriteAsync(CatalogImportChunk chunk, List<OutboxMessage> outbox, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var model = Context.Model;
        var sql = Context.GetService<ISqlGenerationHelper>();
        var items = model.FindEntityType(typeof(Item))!;
        var owned = items.GetNavigations().Where(n => n.TargetEntityType.IsOwned()).ToList();

        // Changed items first: their owned rows are replaced, which frees lookup keys before new rows take them.
        if (chunk.ChangedItems.Count > 0)
        {
            await UpdateChangedAsync(chunk.ChangedItems, items, owned, sql, transaction, cancellationToken);
        }

        await InsertAsync(chunk.NewItems, items, sql, transaction, cancellationToken);
        foreach (var navigation in owned)
        {
            var children = chunk.NewItems.SelectMany(item => Children(navigation, item).Select(child => (Owner: (object?)item.Id, Child: child)));
            await InsertRowsAsync(children, navigation.TargetEntityType, sql, transaction, cancellationToken);
        }

        await InsertAsync(chunk.Issues, model.FindEntityType(typeof(MasterDataIssue))!, sql, transaction, cancellationToken);
        await InsertAsync(outbox, model.FindEntityType(typeof(OutboxMessage))!, sql, transaction, cancellationToken);
        await InsertAsync(chunk.Rows, model.FindEntityType(typeof(ImportRowResult))!, sql, transaction, cancellationToken);
        await UpdateCountersAsync(chunk.Import, model.FindEntityType(typeof(CatalogImport))!, sql, transaction, cancellationToken);
    }

    private async Task UpdateChangedAsync(
        IReadOnlyList<ChangedItem> changed, IEntityType items, List<INavigation> owned, ISqlGenerationHelper sql, DbTransaction transaction,
        CancellationToken cancellationToken)
    {
        var table = Table.Of(items, sql);
        var key = items.FindPrimaryKey()!.Properties.Single();
        var version = items.FindProperty(nameof(Item.Version))!;
        var columns = table.Columns.Where(c => !c.IsPrimaryKey()).ToList();
        await using var update = Command(transaction, $"UPDATE {table.Name} SET {string.Join(", ", columns.Select((c, i) => $"{table.Column(c)} = {sql.GenerateParameterNamePlaceholder("p" + i)}"))} " +
            $"WHERE {table.Column(key)} = {sql.GenerateParameterNamePlaceholder("id")} AND {table.Column(version)} = {sql.GenerateParameterNamePlaceholder("version")}");
        var parameters = columns.Select((c, i) => Parameter(update, c, "p" + i)).ToList();
        var id = Parameter(update, key, "id");
        var expected = Parameter(update, version, "version");

        var deletes = new Dictionary<INavigation, (DbCommand Command, DbParameter Owner)>();
        try
        {
            foreach (var navigation in owned)
            {
                var child = Table.Of(navigation.TargetEntityType, sql);
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

                foreach (var navigation in owned.Where(n => Rewrites(n, changes)))
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

            foreach (var (navigation, children) in rewritten)
            {
                await InsertRowsAsync(children, navigation.TargetEntityType, sql, transaction, cancellationToken);
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

    private async Task UpdateCountersAsync(CatalogImport import, IEntityType imports, ISqlGenerationHelper sql, DbTransaction transaction, CancellationToken cancellationToken)
    {
        // The counters only: the import's version stays with the unit of work that completes it.
        var table = Table.Of(imports, sql);
        var key = imports.FindPrimaryKey()!.Properties.Single();
        var counters = new[] { nameof(CatalogImport.Accepted), nameof(CatalogImport.Updated), nameof(CatalogImport.Unchanged), nameof(CatalogImport.Quarantined) }
            .Select(name => imports.FindProperty(name)!).ToList();
        await using var command = Command(transaction, $"UPDATE {table.Name} SET {string.Join(", ", counters.Select((c, i) => $"{table.Column(c)} = {sql.GenerateParameterNamePlaceholder("p" + i)}"))} " +
            $"WHERE {table.Column(key)} = {sql.GenerateParameterNamePlaceholder("id")}");
        for (var i = 0; i < counters.Count; i++)
        {
            Set(Parameter(command, counters[i], "p" + i), counters[i], counters[i].GetGetter().GetClrValue(import));
        }

        Set(Parameter(command, key, "id"), key, import.Id);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private Task InsertAsync<T>(IEnumerable<T> rows, IEntityType entity, ISqlGenerationHelper sql, DbTransaction transaction, CancellationToken cancellationToken)
        where T : notnull =>
        InsertRowsAsync(rows.Select(row => (Owner: (object?)null, Child: (object)row)), entity, sql, transaction, cancellationToken);

    // Rows of one table, N to a statement. Owned rows name their owner's key (a shadow foreign key); keys the
    // database generates (owned rows' integer ids) are left out.
    private Task InsertRowsAsync(
        IEnumerable<(object? Owner, object Child)> rows, IEntityType entity, ISqlGenerationHelper sql, DbTransaction transaction, CancellationToken cancellationToken) =>
        Context.Database.IsSqlServer()
            ? InsertValuesAsync(rows, Table.Of(entity, sql), sql, transaction, cancellationToken)
            : InsertJsonAsync(rows, Table.Of(entity, sql), sql, transaction, cancellationToken);

    // SQLite: the whole chunk of one table as a single JSON parameter, unpacked by json_each: one statement and one
    // bound value per table per chunk, where parameters would cost a bind (and a name lookup) per value.
    private async Task InsertJsonAsync(
        IEnumerable<(object? Owner, object Child)> rows, Table table, ISqlGenerationHelper sql, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var writer = SqliteJsonRows.For(table.Entity, table.Columns, table.Name, table.Column, sql.GenerateParameterNamePlaceholder("rows"));
        if (writer.Serialise(rows, _json) is not { } json)
        {
            return;
        }

        await using var command = Command(transaction, writer.Sql);
        var parameter = command.CreateParameter();
        parameter.ParameterName = sql.GenerateParameterName("rows");
        parameter.Value = json;
        command.Parameters.Add(parameter);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // SQL Server (and any other provider): multi-row VALUES, prepared once per chunk and table and reused.
    private async Task InsertValuesAsync(
        IEnumerable<(object? Owner, object Child)> rows, Table table, ISqlGenerationHelper sql, DbTransaction transaction, CancellationToken cancellationToken)
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
                    full ??= InsertCommand(table, sql, transaction, perStatement);
                    await ExecuteAsync(full, columns, values, cancellationToken);
                    values.Clear();
                    pending = 0;
                }
            }

            if (pending > 0)
            {
                await using var rest = InsertCommand(table, sql, transaction, pending);
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

    private DbCommand InsertCommand(Table table, ISqlGenerationHelper sql, DbTransaction transaction, int rows)
    {
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

    private static void Set(DbParameter parameter, IProperty property, object? value) => parameter.Value = ToProvider(property, value) ?? DBNull.Value;

    // The property's value converter (enum → string, UTC DateTime), as SaveChanges applies it.
    private static object? ToProvider(IProperty property, object? value) =>
        value is null ? null : property.GetTypeMapping().Converter is { } converter ? converter.ConvertToProvider(value) : value;

    private static IEnumerable<object> Children(INavigation navigation, Item item) =>
        ((IEnumerable?)navigation.GetGetter().GetClrValue(item))?.Cast<object>() ?? [];

    private sealed record Table(IEntityType Entity, string Name, StoreObjectIdentifier Store, IReadOnlyList<IProperty> Columns, ISqlGenerationHelper Sql)
    {
        public static Table Of(IEntityType entity, ISqlGenerationHelper sql)
        {
            var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var columns = entity.GetProperties().Where(p => !p.ValueGenerated.HasFlag(ValueGenerated.OnAdd)).ToList();
            return new Table(entity, sql.DelimitIdentifier(store.Name, store.Schema), store, columns, sql);
        }

        public string Column(IProperty property) => Sql.DelimitIdentifier(property.GetColumnName(Store)!);
    }
}
