using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Distribution.BuildingBlocks.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Rows a context only ever inserts, never reads back in the same scope (inbox rows, delivery rows, outbound
/// messages), queued per table until its next save (ADR 0016). EF Core on SQLite sends one command per row, built
/// while SQLite's single write lock is held; these rows are instead encoded before the write transaction begins
/// (<see cref="Encode"/>) and inserted in it by one prepared statement per table (<see cref="SqliteRows"/>).
/// </summary>
internal sealed class AppendedRows
{
    private readonly Dictionary<IEntityType, List<object>> _tables = [];

    /// <summary>True when nothing is queued.</summary>
    public bool IsEmpty => _tables.Count == 0;

    /// <summary>Every queued row.</summary>
    public IEnumerable<object> All => _tables.Values.SelectMany(rows => rows);

    /// <summary>Queues <paramref name="rows"/> of <paramref name="entity"/>'s table.</summary>
    public void Add(IEntityType entity, IEnumerable<object> rows)
    {
        if (!_tables.TryGetValue(entity, out var queued))
        {
            queued = [];
            _tables[entity] = queued;
        }

        queued.AddRange(rows);
    }

    /// <summary>Forgets the queued rows.</summary>
    public void Clear() => _tables.Clear();

    /// <summary>Every queued table's statement and encoded rows, ready to insert inside a transaction.</summary>
    public Encoded Encode(ISqlGenerationHelper sql)
    {
        var buffer = EncodedRows.ThreadBuffer;
        var tables = _tables.Select(table =>
        {
            var rows = SqliteRows.For(table.Key, sql);
            return (rows, rows.Encode(table.Value.Select(row => ((object?)null, row)), buffer));
        }).ToList();
        return new Encoded(tables);
    }

    /// <summary>The encoded rows of a save; disposing returns their pooled buffers.</summary>
    internal sealed class Encoded(List<(SqliteRows Table, EncodedRows Rows)> tables) : IDisposable
    {
        /// <summary>How many rows, all tables together.</summary>
        public int Count => tables.Sum(t => t.Rows.Count);

        /// <summary>Inserts every row on the connection, inside its current transaction.</summary>
        /// <exception cref="DbUpdateException">A row was refused (a unique key included), as EF Core would report it.</exception>
        public void Insert(SqliteConnection connection)
        {
            try
            {
                tables.ForEach(t => t.Table.Insert(connection, t.Rows));
            }
            catch (SqliteException exception)
            {
                throw new DbUpdateException($"An appended row could not be inserted: {exception.Message}", exception);
            }
        }

        public void Dispose() => tables.ForEach(t => t.Rows.Dispose());
    }
}
