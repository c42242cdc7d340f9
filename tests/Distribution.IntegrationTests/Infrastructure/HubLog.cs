namespace Distribution.IntegrationTests.Infrastructure;

/// <summary>Reads the host's Serilog rolling file(s) while the host still writes them.</summary>
public static class HubLog
{
    /// <summary>Every line of every <c>hub-*.log</c> file in <paramref name="logDirectory"/>.</summary>
    public static IReadOnlyList<string> ReadLines(string logDirectory)
    {
        if (!Directory.Exists(logDirectory))
        {
            return [];
        }

        var lines = new List<string>();
        foreach (var file in Directory.EnumerateFiles(logDirectory, "hub-*.log").Order(StringComparer.Ordinal))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
