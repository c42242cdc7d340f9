namespace Distribution.ArchitectureTests.Support;

/// <summary>Finds the repository the tests were built from (the folder holding Distribution.sln).</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string?> Root = new(Find);

    /// <summary>The repository root, or null when the tests run outside a checkout.</summary>
    public static string? Path => Root.Value;

    /// <summary>The root, or an ignored test when there is no checkout to look at.</summary>
    public static string Require()
    {
        if (Path is null)
        {
            Assert.Ignore("The tests are not running inside a checkout of the repository (no Distribution.sln above them).");
        }

        return Path!;
    }

    private static string? Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Distribution.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
