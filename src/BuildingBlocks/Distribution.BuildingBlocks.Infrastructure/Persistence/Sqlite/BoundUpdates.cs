using System.Buffers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Distribution.BuildingBlocks.Infrastructure.Persistence.Sqlite;

/// <summary>
/// The modified rows of the entity types a module lists (<see cref="ModuleDbContext.UpdatedByBoundStatements"/>,
/// ADR 0016), taken from the change tracker before the write transaction opens: grouped by the columns that changed,
/// each group's values encoded (current values, and the concurrency tokens' original values for the version check),
/// and written inside the transaction by one prepared <c>UPDATE … SET changed = ? … WHERE key = ? AND token = ?</c>
/// per group, where EF Core's SQLite provider builds and prepares a command per row. A row whose token moved on is a
/// <see cref="DbUpdateConcurrencyException"/>, as with EF Core. The taken entries are accepted (unchanged) at once: a
/// save that then fails is not retried on the same context.
/// </summary>
internal sealed class BoundUpdates : IDisposable
{
    private readonly List<(string Sql, int Parameters, EncodedRows Rows)> _groups;

    private BoundUpdates(List<(string Sql, int Parameters, EncodedRows Rows)> groups) => _groups = groups;

    /// <summary>How many rows, all groups together.</summary>
    public int Count => _groups.Sum(g => g.Rows.Count);

    /// <summary>Takes and encodes the modified entries of <paramref name="types"/> tracked by <paramref name="context"/>.</summary>
    public static BoundUpdates Take(DbContext context, IReadOnlySet<Type> types, ISqlGenerationHelper sql)
    {
        if (types.Count == 0)
        {
            return new BoundUpdates([]);
        }

        context.ChangeTracker.DetectChanges();
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.State == EntityState.Modified && types.Contains(e.Metadata.ClrType))
            .ToList();
        var buffer = EncodedRows.ThreadBuffer;
        var groups = entries
            .GroupBy(e => (e.Metadata, Changed: string.Join('|', e.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name))))
            .Select(group => Encode(group.Key.Metadata, group.ToList(), sql, buffer))
            .ToList();
        // Accepted as EF Core accepts a saved entry: the values written become the original ones (the next version check's).
        foreach (var entry in entries)
        {
            entry.OriginalValues.SetValues(entry.CurrentValues);
            entry.State = EntityState.Unchanged;
        }

        return new BoundUpdates(groups);
    }

    /// <summary>Runs every group's statement on the connection, inside its current transaction.</summary>
    /// <exception cref="DbUpdateConcurrencyException">A row's version moved on since it was read.</exception>
    /// <exception cref="DbUpdateException">A row was refused, as EF Core would report it.</exception>
    public void Run(SqliteConnection connection)
    {
        try
        {
            _groups.ForEach(g => SqliteStatement.Run(connection, g.Sql, g.Parameters, g.Rows, onePerRow: true));
        }
        catch (SqliteException exception)
        {
            throw new DbUpdateException($"An updated row could not be written: {exception.Message}", exception);
        }
    }

    public void Dispose() => _groups.ForEach(g => g.Rows.Dispose());

    private static (string Sql, int Parameters, EncodedRows Rows) Encode(
        IEntityType entity, List<EntityEntry> entries, ISqlGenerationHelper sql, ArrayBufferWriter<byte> buffer)
    {
        var changed = entries[0].Properties.Where(p => p.IsModified).Select(p => p.Metadata).ToList();
        var keys = entity.FindPrimaryKey()!.Properties;
        var tokens = entity.GetProperties().Where(p => p.IsConcurrencyToken).ToList();
        var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var parameter = 0;
        var set = string.Join(", ", changed.Select(p => $"{sql.DelimitIdentifier(p.GetColumnName(store)!)} = ?{++parameter}"));
        var where = string.Join(" AND ", keys.Concat(tokens).Select(p => $"{sql.DelimitIdentifier(p.GetColumnName(store)!)} = ?{++parameter}"));
        buffer.ResetWrittenCount();
        foreach (var entry in entries)
        {
            changed.ForEach(p => Write(buffer, p, entry.Property(p).CurrentValue));
            foreach (var key in keys)
            {
                Write(buffer, key, entry.Property(key).CurrentValue);
            }

            tokens.ForEach(p => Write(buffer, p, entry.Property(p).OriginalValue));
        }

        return ($"UPDATE {sql.DelimitIdentifier(store.Name, store.Schema)} SET {set} WHERE {where}", parameter,
            EncodedRows.Copy(buffer.WrittenSpan, entries.Count));
    }

    // The value as the provider stores it: through the property's converter (enum as text, UTC DateTime), never for null.
    private static void Write(IBufferWriter<byte> buffer, IProperty property, object? value)
    {
        var converter = property.GetTypeMapping().Converter;
        SqliteValues.Write(buffer, value is null || converter is null ? value : converter.ConvertToProvider(value));
    }
}
