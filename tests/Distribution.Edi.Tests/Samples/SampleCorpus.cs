namespace Distribution.Edi.Tests.Samples;

/// <summary>Finds the shared sample corpus: beside the folder that holds Distribution.sln, in shared/edi/samples.</summary>
internal static class SampleCorpus
{
    public static string? RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Distribution.sln")))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    public static string ExpectedFolder =>
        Path.GetFullPath(Path.Combine(RepositoryRoot() ?? TestContext.CurrentContext.TestDirectory, "..", "shared", "edi", "samples"));

    /// <summary>The samples folder, or an ignored test when it is absent.</summary>
    public static string Folder()
    {
        var folder = ExpectedFolder;
        if (!Directory.Exists(folder))
        {
            Assert.Ignore($"EDI samples folder not found at {folder}");
        }

        return folder;
    }

    public static string PathOf(string fileName) => Path.Combine(Folder(), fileName);

    public static byte[] Bytes(string fileName) => File.ReadAllBytes(PathOf(fileName));

    /// <summary>Every sample file name except the manifest; empty when the folder is absent.</summary>
    public static IEnumerable<string> FileNames() =>
        Directory.Exists(ExpectedFolder)
            ? Directory.GetFiles(ExpectedFolder).Select(Path.GetFileName).OfType<string>()
                .Where(name => name != "MANIFEST.txt").Order(StringComparer.Ordinal)
            : [];

    public static IEnumerable<string> X12FileNames() => FileNames().Where(name => !name.Contains("EDIFACT", StringComparison.Ordinal));
}
