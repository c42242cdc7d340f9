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

    private static List<ItemRow> ParseCsv(byte[] content)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
            MissingFieldFound = null,
            HeaderValidated = null,
            TrimOptions = TrimOptions.Trim,
        };
        using var reader = new StreamReader(new MemoryStream(content), Encoding.UTF8);
        using var csv = new CsvReader(reader, configuration);
        return csv.GetRecords<ItemRow>().ToList();
    }

    private static List<ItemRow> ParseJson(byte[] content)
    {
        var batch = JsonSerializer.Deserialize<ItemBatch>(content, Json);
        return batch?.Items?.ToList() ?? [];
    }
}
