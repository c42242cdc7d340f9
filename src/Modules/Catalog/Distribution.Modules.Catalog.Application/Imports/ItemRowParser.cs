using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using Distribution.BuildingBlocks.Application.Errors;

namespace Distribution.Modules.Catalog.Application.Imports;

/// <summary>Reads a CSV file (header row; column names as <see cref="ItemRow"/>, any case) or a JSON batch.</summary>
internal static class ItemRowParser
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<ItemRow> Parse(string format, byte[] content)
    {
        try
        {
            return format == "csv" ? ParseCsv(content) : ParseJson(content);
        }
        catch (Exception exception) when (exception is CsvHelperException or JsonException)
        {
            throw RequestValidationException.For("content", $"The {format} could not be read: {exception.Message.Split('\n')[0]}");
        }
    }

    // Columns by header name in any case and order; absent columns read as empty.
    private static List<ItemRow> ParseCsv(byte[] content)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, MissingFieldFound = null };
        using var reader = new StreamReader(new MemoryStream(content), Encoding.UTF8);
        using var csv = new CsvReader(reader, configuration);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
        {
            return [];
        }

        var columns = header.Select((name, index) => (Name: name.Trim().ToLowerInvariant(), Index: index))
            .GroupBy(c => c.Name).ToDictionary(g => g.Key, g => g.First().Index, StringComparer.Ordinal);
        string? Field(string name) => columns.TryGetValue(name, out var index) && index < csv.Parser.Count ? csv.GetField(index) : null;

        var rows = new List<ItemRow>();
        while (csv.Read())
        {
            rows.Add(new ItemRow(Field("sku"), Field("name"), Field("description"), Field("baseunit"), Field("status"), Field("gtin"),
                Field("upc"), Field("manufacturerpart"), Field("packs")));
        }

        return rows;
    }

    private static List<ItemRow> ParseJson(byte[] content)
    {
        var batch = JsonSerializer.Deserialize<ItemBatch>(content, Json);
        return batch?.Items?.ToList() ?? [];
    }
}
