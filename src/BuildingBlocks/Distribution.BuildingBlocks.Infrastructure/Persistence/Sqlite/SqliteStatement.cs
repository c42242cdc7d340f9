using System.Buffers.Binary;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace Distribution.BuildingBlocks.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Runs one statement once per encoded row on a connection, inside its current transaction: prepared once, each row's
/// values bound by position straight from the encoded bytes (<see cref="SqliteValues"/>), stepped and reset, through
/// SQLitePCL directly. Microsoft.Data.Sqlite would bind by name with a linear lookup and allocate per execution.
/// </summary>
internal static class SqliteStatement
{
    /// <summary>
    /// Runs <paramref name="sql"/> for each of <paramref name="rows"/> (each <paramref name="parameters"/> values). A
    /// failing row throws the <see cref="SqliteException"/> Microsoft.Data.Sqlite would have thrown; with
    /// <paramref name="onePerRow"/>, a row that changed no row of the table (an update whose version moved on) throws
    /// <see cref="DbUpdateConcurrencyException"/>, as EF Core does.
    /// </summary>
    public static void Run(SqliteConnection connection, string sql, int parameters, EncodedRows rows, bool onePerRow)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return;
        }

        var db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(db, sql, out var statement), db);
        using (statement)
        {
            var values = rows.Values;
            for (var row = 0; row < rows.Count; row++)
            {
                for (var column = 1; column <= parameters; column++)
                {
                    values = Bind(statement, column, values, db);
                }

                var result = raw.sqlite3_step(statement);
                if (result != raw.SQLITE_DONE)
                {
                    SqliteException.ThrowExceptionForRC(result, db);
                }

                if (onePerRow && raw.sqlite3_changes(db) != 1)
                {
                    throw new DbUpdateConcurrencyException(
                        $"A row changed by another writer since it was read (row {row + 1} of {rows.Count}: {sql}).");
                }

                raw.sqlite3_reset(statement);
            }
        }
    }

    // Binds the value at the start of values to the column; returns what follows it.
    private static ReadOnlySpan<byte> Bind(sqlite3_stmt statement, int column, ReadOnlySpan<byte> values, sqlite3 db)
    {
        int result;
        int length;
        switch ((SqliteValues.Tag)values[0])
        {
            case SqliteValues.Tag.Null:
                result = raw.sqlite3_bind_null(statement, column);
                length = 1;
                break;
            case SqliteValues.Tag.Integer:
                result = raw.sqlite3_bind_int64(statement, column, BinaryPrimitives.ReadInt64LittleEndian(values[1..]));
                length = 9;
                break;
            case SqliteValues.Tag.Real:
                result = raw.sqlite3_bind_double(statement, column, BinaryPrimitives.ReadDoubleLittleEndian(values[1..]));
                length = 9;
                break;
            case SqliteValues.Tag.Text:
                var bytes = BinaryPrimitives.ReadInt32LittleEndian(values[1..]);
                // An empty span would be bound as a null pointer, i.e. NULL; the string overload binds ''.
                result = bytes == 0
                    ? raw.sqlite3_bind_text(statement, column, string.Empty)
                    : raw.sqlite3_bind_text(statement, column, values.Slice(5, bytes));
                length = 5 + bytes;
                break;
            default:
                throw new InvalidOperationException($"Unknown value tag {values[0]} in encoded rows.");
        }

        SqliteException.ThrowExceptionForRC(result, db);
        return values[length..];
    }
}
