using System.Diagnostics;
using System.Text.Json;

namespace Distribution.IntegrationTests.Edi;

/// <summary>
/// Runs node-x12 (the independent parser the EDI library's tests use, installed by npm into
/// tests/Distribution.Edi.Tests/node-x12) over documents the hub wrote, through that folder's parse-all.js.
/// </summary>
internal static class NodeX12CrossCheck
{
    /// <summary>What node-x12 made of one file.</summary>
    public sealed record Result(string File, bool Strict, string? Error, IReadOnlyList<string> Diagnostics, int Interchanges, int Groups, int Transactions);

    private static string Folder => Path.Combine(RepositoryRoot(), "tests", "Distribution.Edi.Tests", "node-x12");

    /// <summary>Parses every file in <paramref name="documents"/>; files named *.lenient.* (TA1s) leniently.</summary>
    public static IReadOnlyList<Result> ParseAll(string documents)
    {
        if (!File.Exists(Path.Combine(Folder, "node_modules", "node-x12", "package.json")))
        {
            var (installed, log) = Run("npm", "install --no-audit --no-fund");
            Assert.That(installed, Is.Zero, $"npm install in {Folder} failed:{Environment.NewLine}{log}");
        }

        var (exitCode, output) = Run("node", $"\"{Path.Combine(Folder, "parse-all.js")}\" \"{documents}\"");
        Assert.That(exitCode, Is.Zero, $"node parse-all.js failed:{Environment.NewLine}{output}");
        return JsonSerializer.Deserialize<List<Result>>(output, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    private static (int ExitCode, string Output) Run(string program, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException($"{program} did not start (Node.js and npm are needed).");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, process.ExitCode == 0 ? output : output + error.Result);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Distribution.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Distribution.sln not found above the test folder.");
    }
}
