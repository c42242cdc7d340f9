using System.Buffers;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Distribution.BuildingBlocks.Infrastructure.Persistence.Sqlite;

/// <summary>
/// The SQLite side of set-based writes to one table — the catalog import (ADR 0011, ADR 0015) and append-only rows
/// (ADR 0016): its <c>INSERT … VALUES (?1, …)</c> statement, the rows encoded for it (<see cref="Encode"/>, before the
/// write transaction, on the thread that prepares them) and the insert itself (<see cref="Insert"/>: one prepared statement per table and chunk, each row's values bound by
/// position straight from the encoded bytes, stepped and reset). Each column is encoded by a delegate compiled once per
/// entity type from the EF Core model — the property's member, its value converter's
/// <c>ConvertToProviderExpression</c> and the typed <see cref="SqliteValues"/> writer for the provider type — so a row
/// costs no boxing, no generic getter and no converter call through <c>object</c>. The values are exactly those of
/// the EF getter + <c>ConvertToProvider</c> path it replaces. Binding goes to SQLite directly (SQLitePCL) because
/// Microsoft.Data.Sqlite binds by name with a linear lookup and allocates per execution, and a JSON parameter
/// unpacked by <c>json_each</c> costs SQLite twice the time of bound values (docs/benchmarks.md).
/// </summary>
public sealed class SqliteRows
{
    private static readonly ConditionalWeakTable<IEntityType, SqliteRows> Tables = [];

    private readonly ColumnWriter[] _columns;

    private SqliteRows(string sql, ColumnWriter[] columns)
    {
        Sql = sql;
        _columns = columns;
    }

    /// <summary>Writes one column of a row, given the row and its owner's key (an owned row's shadow foreign key) or null.</summary>
    private delegate void ColumnWriter(IBufferWriter<byte> buffer, object? owner, object row);

    /// <summary>The insert statement; its parameters are the columns, by position.</summary>
    public string Sql { get; }

    /// <summary>The writer of <paramref name="entity"/>'s table and its <see cref="InsertedColumns"/>, built on first use.</summary>
    public static SqliteRows For(IEntityType entity, ISqlGenerationHelper sql)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(sql);
        if (Tables.TryGetValue(entity, out var rows))
        {
            return rows;
        }

        var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        return For(entity, InsertedColumns.Of(entity), sql.DelimitIdentifier(store.Name, store.Schema), p => sql.DelimitIdentifier(p.GetColumnName(store)!));
    }

    /// <summary>The writer of <paramref name="entity"/>'s table, built on first use.</summary>
    public static SqliteRows For(IEntityType entity, IReadOnlyList<IProperty> columns, string table, Func<IProperty, string> column) =>
        Tables.GetValue(entity, _ => new SqliteRows(
            $"INSERT INTO {table} ({string.Join(", ", columns.Select(column))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"?{i + 1}"))})",
            columns.Select(Compile).ToArray()));

    /// <summary>
    /// The rows' values, column after column and row after row, written to <paramref name="buffer"/> (reset first) and
    /// copied out into a pooled array (<see cref="EncodedRows.Dispose"/> returns it): a chunk's rows of one table are
    /// hundreds of kilobytes, which as new arrays would land on the large object heap and bring on gen 2 collections.
    /// </summary>
    public EncodedRows Encode(IEnumerable<(object? Owner, object Row)> rows, ArrayBufferWriter<byte> buffer)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(buffer);
        buffer.ResetWrittenCount();
        var count = 0;
        foreach (var (owner, row) in rows)
        {
            foreach (var column in _columns)
            {
                column(buffer, owner, row);
            }

            count++;
        }

        return EncodedRows.Copy(buffer.WrittenSpan, count);
    }

    /// <summary>
    /// Inserts the encoded rows on <paramref name="connection"/> (inside its current transaction). A failing row
    /// throws the <see cref="SqliteException"/> Microsoft.Data.Sqlite would have thrown (unique violations included).
    /// </summary>
    public void Insert(SqliteConnection connection, EncodedRows rows) =>
        SqliteStatement.Run(connection, Sql, _columns.Length, rows, onePerRow: false);

    private static ColumnWriter Compile(IProperty property)
    {
        var buffer = Expression.Parameter(typeof(IBufferWriter<byte>), "buffer");
        var owner = Expression.Parameter(typeof(object), "owner");
        var row = Expression.Parameter(typeof(object), "row");
        var value = Read(property, owner, row);
        var converter = property.GetTypeMapping().Converter;
        var body = WriteValue(buffer, value, converter);
        return Expression.Lambda<ColumnWriter>(body, buffer, owner, row).Compile();
    }

    // The model value: the property's member on the row, or (a shadow foreign key of an owned row) the owner's key,
    // which the writer passes as the owner.
    private static Expression Read(IProperty property, Expression owner, Expression row)
    {
        if (!property.IsShadowProperty())
        {
            return Expression.MakeMemberAccess(Expression.Convert(row, property.DeclaringType.ClrType), property.GetMemberInfo(forMaterialization: false, forSet: false));
        }

        return property.GetContainingForeignKeys().Any(k => k.IsOwnership)
            ? Expression.Convert(owner, property.ClrType)
            : throw new NotSupportedException($"The set-based writer cannot read the shadow property {property.DeclaringType.DisplayName()}.{property.Name}.");
    }

    // null → NULL; otherwise converted (as ValueConverter.ConvertToProvider does, never for null) and written.
    private static Expression WriteValue(ParameterExpression buffer, Expression value, ValueConverter? converter)
    {
        var writeNull = Expression.Call(typeof(SqliteValues).GetMethod(nameof(SqliteValues.WriteNull))!, buffer);
        Expression nonNull = Nullable.GetUnderlyingType(value.Type) is not null ? Expression.Property(value, "Value") : value;
        if (converter is not null)
        {
            var convert = converter.ConvertToProviderExpression;
            var input = nonNull.Type == convert.Parameters[0].Type ? nonNull : Expression.Convert(nonNull, convert.Parameters[0].Type);
            nonNull = Expression.Invoke(convert, input);
        }

        var write = Writer(buffer, nonNull);
        return value.Type.IsValueType && Nullable.GetUnderlyingType(value.Type) is null
            ? write
            : Expression.IfThenElse(Expression.Equal(value, Expression.Constant(null, value.Type)), writeNull, write);
    }

    // SqliteValues.Write's overload for the provider type; a type without one goes through the object overload, which
    // refuses what it does not know (as before).
    private static Expression Writer(ParameterExpression buffer, Expression value)
    {
        var typed = typeof(SqliteValues).GetMethod(nameof(SqliteValues.Write), BindingFlags.Public | BindingFlags.Static, [typeof(IBufferWriter<byte>), value.Type]);
        if (typed is not null && typed.GetParameters()[1].ParameterType == value.Type)
        {
            return Expression.Call(typed, buffer, value);
        }

        var boxed = typeof(SqliteValues).GetMethod(nameof(SqliteValues.Write), [typeof(IBufferWriter<byte>), typeof(object)])!;
        return Expression.Call(boxed, buffer, Expression.Convert(value, typeof(object)));
    }
}
