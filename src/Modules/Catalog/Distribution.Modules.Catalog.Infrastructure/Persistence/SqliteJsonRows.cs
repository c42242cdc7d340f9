using System.Buffers;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Distribution.Modules.Catalog.Infrastructure.Persistence;

/// <summary>
/// The SQLite side of the set-based import writer for one table (ADR 0011): its <c>INSERT … SELECT … FROM
/// json_each(CAST(@rows AS TEXT))</c> statement and the chunk's rows as that one JSON parameter. Each column is written by a
/// delegate compiled once per entity type from the EF Core model — the property's member, its value converter's
/// <c>ConvertToProviderExpression</c> and the typed <see cref="SqliteJson"/> writer for the provider type — so a row
/// costs no boxing, no generic getter and no converter call through <c>object</c>. The values are exactly those of
/// the EF getter + <c>ConvertToProvider</c> path it replaces.
/// </summary>
internal sealed class SqliteJsonRows
{
    private static readonly ConditionalWeakTable<IEntityType, SqliteJsonRows> Tables = [];
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ColumnWriter[] _columns;

    private SqliteJsonRows(string sql, ColumnWriter[] columns)
    {
        Sql = sql;
        _columns = columns;
    }

    /// <summary>Writes one column of a row, given the row and its owner's key (an owned row's shadow foreign key) or null.</summary>
    private delegate void ColumnWriter(Utf8JsonWriter json, object? owner, object row);

    /// <summary>The insert statement; its one parameter is <c>rows</c>.</summary>
    public string Sql { get; }

    /// <summary>The writer of <paramref name="entity"/>'s table, built on first use.</summary>
    public static SqliteJsonRows For(IEntityType entity, IReadOnlyList<IProperty> columns, string table, Func<IProperty, string> column, string parameter) =>
        Tables.GetValue(entity, _ => new SqliteJsonRows(
            $"INSERT INTO {table} ({string.Join(", ", columns.Select(column))}) " +
            $"SELECT {string.Join(", ", columns.Select((_, i) => $"\"value\" ->> {i}"))} FROM json_each(CAST({parameter} AS TEXT))",
            columns.Select(Compile).ToArray()));

    /// <summary>
    /// The rows as one JSON array of arrays (column order as <see cref="Sql"/>) in UTF-8, or null when there are none.
    /// Bound as a BLOB and cast to TEXT by the statement: Microsoft.Data.Sqlite would otherwise encode a (UTF-16)
    /// string to UTF-8 again, i.e. two more copies of a few hundred kilobytes per table and chunk.
    /// </summary>
    public byte[]? Serialise(IEnumerable<(object? Owner, object Row)> rows, ArrayBufferWriter<byte> buffer)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(buffer);
        buffer.ResetWrittenCount();
        var count = 0;
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartArray();
            foreach (var (owner, row) in rows)
            {
                json.WriteStartArray();
                foreach (var column in _columns)
                {
                    column(json, owner, row);
                }

                json.WriteEndArray();
                count++;
            }

            json.WriteEndArray();
        }

        return count == 0 ? null : buffer.WrittenSpan.ToArray();
    }

    private static ColumnWriter Compile(IProperty property)
    {
        var json = Expression.Parameter(typeof(Utf8JsonWriter), "json");
        var owner = Expression.Parameter(typeof(object), "owner");
        var row = Expression.Parameter(typeof(object), "row");
        var value = Read(property, owner, row);
        var converter = property.GetTypeMapping().Converter;
        var body = WriteValue(json, value, converter);
        return Expression.Lambda<ColumnWriter>(body, json, owner, row).Compile();
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

    // null → JSON null; otherwise converted (as ValueConverter.ConvertToProvider does, never for null) and written.
    private static Expression WriteValue(ParameterExpression json, Expression value, ValueConverter? converter)
    {
        var writeNull = Expression.Call(json, typeof(Utf8JsonWriter).GetMethod(nameof(Utf8JsonWriter.WriteNullValue))!);
        Expression nonNull = Nullable.GetUnderlyingType(value.Type) is not null ? Expression.Property(value, "Value") : value;
        if (converter is not null)
        {
            var convert = converter.ConvertToProviderExpression;
            var input = nonNull.Type == convert.Parameters[0].Type ? nonNull : Expression.Convert(nonNull, convert.Parameters[0].Type);
            nonNull = Expression.Invoke(convert, input);
        }

        var write = Writer(json, nonNull);
        return value.Type.IsValueType && Nullable.GetUnderlyingType(value.Type) is null
            ? write
            : Expression.IfThenElse(Expression.Equal(value, Expression.Constant(null, value.Type)), writeNull, write);
    }

    // SqliteJson.Write's overload for the provider type; a type without one goes through the object overload, which
    // refuses what it does not know (as before).
    private static Expression Writer(ParameterExpression json, Expression value)
    {
        var typed = typeof(SqliteJson).GetMethod(nameof(SqliteJson.Write), BindingFlags.Public | BindingFlags.Static, [typeof(Utf8JsonWriter), value.Type]);
        if (typed is not null && typed.GetParameters()[1].ParameterType == value.Type)
        {
            return Expression.Call(typed, json, value);
        }

        var boxed = typeof(SqliteJson).GetMethod(nameof(SqliteJson.Write), [typeof(Utf8JsonWriter), typeof(object)])!;
        return Expression.Call(boxed, json, Expression.Convert(value, typeof(object)));
    }
}
