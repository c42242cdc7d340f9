using Microsoft.EntityFrameworkCore;

namespace Distribution.IntegrationTests.Persistence;

/// <summary>A row as SQLite stores it: each column's storage class and literal (<c>typeof</c> and <c>quote</c>).</summary>
internal static class StoredColumns
{
    /// <summary>The columns of the row of <paramref name="table"/> whose Id is <paramref name="id"/> (stored as EF Core stores Guids: upper-case text).</summary>
    public static async Task<Dictionary<string, string>> ReadAsync(DbContext context, string table, Guid id)
    {
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync();
        var columns = new List<string>();
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add(reader.GetString(0));
            }
        }

        var stored = new Dictionary<string, string>();
        foreach (var column in columns)
        {
            await using var query = connection.CreateCommand();
            query.CommandText = $"SELECT typeof(\"{column}\") || ':' || quote(\"{column}\") FROM \"{table}\" WHERE Id = $id";
            var parameter = query.CreateParameter();
            parameter.ParameterName = "$id";
            parameter.Value = id.ToString().ToUpperInvariant();
            query.Parameters.Add(parameter);
            stored[column] = (string?)await query.ExecuteScalarAsync() ?? throw new InvalidOperationException($"No row {id} in {table}.");
        }

        return stored;
    }
}
