using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;

namespace Distribution.Tests.Shared;

/// <summary>
/// node-x12, an independent X12 parser from npm, run over a folder of documents through parse-all.js. It lives in
/// tests/Distribution.Edi.Tests/node-x12 (its package.json pins the version; node_modules is installed on first use and
/// ignored by git). Compiled into each test project that cross-checks documents: the EDI library's tests and the hub's.
/// </summary>
internal static class IndependentX12Parser
{
    /// <summary>What node-x12 made of one file.</summary>
    public sealed record Result(string File, bool Strict, string? Error, IReadOnlyList<string> Diagnostics, int Interchanges, int Groups, int Transactions);

    /// <summary>The folder holding package.json and parse-all.js.</summary>
    public static string Folder => Path.Combine(RepositoryRoot(), "tests", "Distribution.Edi.Tests", "node-x12");

    /// <summary>Installs node-x12 unless it is there already; fails the test with npm's output if it cannot.</summary>
    public static void EnsureInstalled()
    {
        if (File.Exists(Path.Combine(Folder, "node_modules", "node-x12", "package.json")))
        {
            return;
        }

        var (exitCode, output) = Run("npm", "install --no-audit --no-fund");
        Assert.That(exitCode, Is.Zero, $"npm install in {Folder} failed:{Environment.NewLine}{output}");
    }

    /// <summary>Parses every file in <paramref name="documents"/>; files named *.lenient.* (TA1s) leniently.</summary>
    public static IReadOnlyList<Result> ParseAll(string documents)
    {
        EnsureInstalled();
        var (exitCode, output) = Run("node", $"\"{Path.Combine(Folder, "parse-all.js")}\" \"{documents}\"");
        Assert.That(exitCode, Is.Zero, $"node parse-all.js failed:{Environment.NewLine}{output}");
        return JsonSerializer.Deserialize<List<Result>>(output, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    private static (int ExitCode, string Output) Run(string program, string arguments)
    {
        Process process;
        try
        {
            process = Process.Start(new ProcessStartInfo(program, arguments)
            {
                WorkingDirectory = Folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            }) ?? throw new InvalidOperationException($"{program} did not start.");
        }
        catch (Win32Exception exception)
        {
            Assert.Fail($"'{program}' is not installed or not on PATH ({exception.Message}); the node-x12 cross-check needs " +
                        "Node.js and npm (e.g. apt-get install nodejs npm).");
            throw;
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, process.ExitCode == 0 ? output : output + error.Result);
        }
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
