using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace Distribution.IntegrationTests.Partners;

/// <summary>
/// Lints the hub's OpenAPI document with Spectral (its OpenAPI rules plus the OWASP API security ruleset). Spectral is
/// installed once with npm into <c>Partners/spectral/node_modules</c> (git ignores it) and run with npx from there.
/// No error is allowed, across every module's operations and schemas: a new string or list without a stated maximum
/// (owasp:api4:2023-string-limit, -array-limit) fails here. Warnings are printed, not fatal; the accepted ones are
/// listed with their reasons in docs/openapi-lint.md.
/// </summary>
[TestFixture]
public sealed class OpenApiLintTests
{

    private static string Folder => Path.Combine(RepositoryRoot(), "tests", "Distribution.IntegrationTests", "Partners", "spectral");

    [Test]
    public async Task SwaggerDocument_HasNoSpectralErrors()
    {
        EnsureInstalled();
        using (var hub = new PartnersHubFactory())
        using (var client = hub.CreateClient())
        {
            var document = await client.GetAsync("/swagger/v1/swagger.json");
            Assert.That(document.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            await File.WriteAllTextAsync(Path.Combine(Folder, "swagger.json"), await document.Content.ReadAsStringAsync());
        }

        var (_, output) = Run("npx", "--no-install spectral lint swagger.json --ruleset .spectral.yaml --format json --quiet");
        var start = output.IndexOf('[', StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"Spectral printed no results:{Environment.NewLine}{output}");
        var results = JsonDocument.Parse(output[start..]).RootElement.EnumerateArray().ToList();
        var errors = results.Where(r => r.GetProperty("severity").GetInt32() == 0)
            .Select(r => $"{r.GetProperty("code")}: {r.GetProperty("message")} at {string.Join('.', r.GetProperty("path").EnumerateArray())}")
            .ToList();
        var warnings = results.Where(r => r.GetProperty("severity").GetInt32() != 0).ToList();
        TestContext.Out.WriteLine($"Spectral: {errors.Count} errors, {warnings.Count} warnings/hints ("
            + string.Join(", ", warnings.GroupBy(r => r.GetProperty("code").GetString()).Select(g => $"{g.Key} × {g.Count()}")) + ").");
        foreach (var warning in warnings.Take(50))
        {
            TestContext.Out.WriteLine($"  {warning.GetProperty("code")}: {warning.GetProperty("message")}");
        }

        Assert.That(errors, Is.Empty);
    }

    private static void EnsureInstalled()
    {
        if (File.Exists(Path.Combine(Folder, "node_modules", "@stoplight", "spectral-cli", "package.json"))
            && File.Exists(Path.Combine(Folder, "node_modules", "@stoplight", "spectral-owasp-ruleset", "package.json")))
        {
            return;
        }

        var (exitCode, output) = Run("npm", "install --no-audit --no-fund");
        Assert.That(exitCode, Is.Zero, $"npm install in {Folder} failed:{Environment.NewLine}{output}");
    }

    private static (int ExitCode, string Output) Run(string program, string arguments)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        }
        catch (Win32Exception exception)
        {
            Assert.Fail($"'{program}' is not on PATH ({exception.Message}); the OpenAPI lint needs Node.js and npm.");
            throw;
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output + error.Result);
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Distribution.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Distribution.sln not found above the test folder.");
    }
}
