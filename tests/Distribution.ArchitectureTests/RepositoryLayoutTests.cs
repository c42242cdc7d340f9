using System.Diagnostics;
using Distribution.ArchitectureTests.Support;

namespace Distribution.ArchitectureTests;

/// <summary>
/// The root holds src, tests, build, Distribution.sln, appsettings.json, .editorconfig and README.md plus dotfiles
/// (the design card), and docs/ for the ADRs and benchmark notes the working rules require.
/// </summary>
public sealed class RepositoryLayoutTests
{
    private static readonly string[] Allowed =
        ["src", "tests", "build", "docs", "Distribution.sln", "appsettings.json", ".editorconfig", "README.md"];

    [Test]
    public void RepositoryRoot_HoldsOnlyTheAgreedEntries()
    {
        var root = RepositoryRoot.Require();
        var tracked = TrackedFiles(root);
        Assert.That(tracked, Is.Not.Empty);

        var topLevel = tracked.Select(f => f.Split('/')[0]).Distinct(StringComparer.Ordinal).ToList();
        var unexpected = topLevel.Where(e => !e.StartsWith('.') && !Allowed.Contains(e, StringComparer.Ordinal)).ToList();

        Assert.That(unexpected, Is.Empty, $"Unexpected at the repository root: {string.Join(", ", unexpected)}.");
        Assert.That(topLevel, Is.SupersetOf(new[] { "src", "tests", "build", "Distribution.sln", "appsettings.json", ".editorconfig" }));
    }

    private static List<string> TrackedFiles(string root)
    {
        var start = new ProcessStartInfo("git", ["-C", root, "ls-files"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        try
        {
            using var git = Process.Start(start);
            if (git is null)
            {
                Assert.Ignore("git could not be started.");
            }

            var output = git!.StandardOutput.ReadToEnd();
            git.WaitForExit();
            if (git.ExitCode != 0)
            {
                Assert.Ignore($"git ls-files failed ({git.ExitCode}): not a git checkout?");
            }

            return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Ignore("git is not installed.");
            return [];
        }
    }
}
