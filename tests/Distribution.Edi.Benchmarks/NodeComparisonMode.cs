using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Distribution.Edi.Reading;

namespace Distribution.Edi.Benchmarks;

/// <summary>
/// Times node-x12 (strict parse, in Node.js) and our reader on the same generated file. node-x12 is taken from the
/// test project's cache (tests/Distribution.Edi.Tests/node-x12/node_modules), installed there by npm when missing.
/// When node-x12 cannot finish the 50 MB file, it is measured on a 5 MB file instead, and the output says so.
/// </summary>
internal static class NodeComparisonMode
{
    private const long FullSize = 50L * 1024 * 1024;
    private const long SliceSize = 5L * 1024 * 1024;
    private static readonly TimeSpan NodeTimeout = TimeSpan.FromMinutes(8);

    public static int Run()
    {
        var nodeFolder = Path.Combine(FindRepositoryRoot(), "tests", "Distribution.Edi.Tests", "node-x12");
        if (!File.Exists(Path.Combine(nodeFolder, "node_modules", "node-x12", "package.json")))
        {
            RunProcess("npm", "install --no-audit --no-fund --save-exact node-x12@1.7.1", nodeFolder, NodeTimeout);
        }

        foreach (var size in new[] { FullSize, SliceSize })
        {
            var path = Path.Combine(Path.GetTempPath(), $"distribution-edi-node-{size / (1024 * 1024)}mb.x12");
            DocumentGenerator.GenerateFile(path, size);
            var ours = TimeOurReader(path);
            var script = Path.Combine(AppContext.BaseDirectory, "node-x12-time.js");
            var module = Path.Combine(nodeFolder, "node_modules", "node-x12");
            var (exitCode, output) = RunProcess("node", $"--max-old-space-size=12288 \"{script}\" \"{path}\" \"{module}\"", nodeFolder, NodeTimeout);
            File.Delete(path);
            using var json = exitCode == 0 && output.StartsWith('{') ? JsonDocument.Parse(output) : null;
            if (json is null || json.RootElement.TryGetProperty("error", out _))
            {
                Console.WriteLine($"node-x12 could not finish {size / (1024 * 1024)} MB (exit {exitCode}): {Truncate(output)}");
                continue;
            }

            var nodeMs = json.RootElement.GetProperty("ms").GetDouble();
            var nodeSets = json.RootElement.GetProperty("transactions").GetInt32();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                Input: {size / (1024 * 1024)} MB generated X12{(size == FullSize ? "" : " (a smaller slice: node-x12 could not finish the 50 MB file)")}
                node-x12 1.7.1 strict parse: {nodeMs:0} ms, {nodeSets:N0} transaction sets
                X12Reader (stream, envelopes checked): {ours.Milliseconds:0.0} ms, {ours.Sets:N0} transaction sets
                Ratio: X12Reader is {nodeMs / ours.Milliseconds:0}x faster than node-x12 (target >= 30x)
                """));
            return nodeSets == ours.Sets ? 0 : 3;
        }

        return 4;
    }

    private static (double Milliseconds, int Sets) TimeOurReader(string path)
    {
        var best = double.MaxValue;
        var sets = 0;
        for (var run = 0; run < 5; run++)
        {
            var stopwatch = Stopwatch.StartNew();
            using var reader = X12Reader.FromStream(File.OpenRead(path));
            sets = 0;
            while (reader.Read())
            {
                sets += reader.Current.Is("ST") ? 1 : 0;
            }

            best = Math.Min(best, stopwatch.Elapsed.TotalMilliseconds);
        }

        return (best, sets);
    }

    private static (int ExitCode, string Output) RunProcess(string program, string arguments, string folder, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"timed out after {timeout.TotalMinutes} minutes");
        }

        return (process.ExitCode, output.Result + error.Result);
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Distribution.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Distribution.sln not found above the benchmark binaries.");
    }

    private static string Truncate(string text) => text.Length > 300 ? text[..300] + "..." : text;
}
