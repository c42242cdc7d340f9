using System.Diagnostics;
using System.Text.Json;
using Distribution.Edi.Tests.Samples;

namespace Distribution.Edi.Tests.NodeX12;

/// <summary>
/// Runs the npm package node-x12 (an independent X12 parser) over a folder of documents. The package is installed
/// once into tests/Distribution.Edi.Tests/node-x12/node_modules, which git ignores.
/// </summary>
internal static class NodeX12Parser
{
    private const string Package = "node-x12@1.7.1";

    public static string Folder =>
        Path.Combine(SampleCorpus.RepositoryRoot() ?? throw new InvalidOperationException("Distribution.sln not found above the test folder."),
            "tests", "Distribution.Edi.Tests", "node-x12");

    public static void EnsureInstalled()
    {
        if (File.Exists(Path.Combine(Folder, "node_modules", "node-x12", "package.json")))
        {
            return;
        }

        var (exitCode, output) = Run("npm", $"install --no-audit --no-fund --save-exact {Package}", Folder);
        if (exitCode != 0)
        {
            Assert.Fail($"npm install {Package} failed in {Folder} (exit {exitCode}):{Environment.NewLine}{output}");
        }
    }

    public static IReadOnlyList<NodeX12Result> ParseAll(string documentsFolder)
    {
        var (exitCode, output) = Run("node", $"\"{Path.Combine(Folder, "parse-all.js")}\" \"{documentsFolder}\"", Folder);
        Assert.That(exitCode, Is.Zero, $"node parse-all.js failed:{Environment.NewLine}{output}");
        return JsonSerializer.Deserialize<List<NodeX12Result>>(output, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    private static (int ExitCode, string Output) Run(string program, string arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        }
        catch (System.ComponentModel.Win32Exception exception)
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
}
