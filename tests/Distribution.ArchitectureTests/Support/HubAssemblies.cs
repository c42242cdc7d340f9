using System.Reflection;

namespace Distribution.ArchitectureTests.Support;

/// <summary>
/// The hub's own assemblies, as the host brings them along. Every <c>Distribution.*</c> assembly the host
/// references is copied beside the tests, so loading them from here covers a new module as soon as the host
/// references it, including assemblies no IL refers to yet (an empty Contracts project).
/// </summary>
internal static class HubAssemblies
{
    public const string ModulePrefix = "Distribution.Modules.";
    public const string BuildingBlocksPrefix = "Distribution.BuildingBlocks.";

    private static readonly Lazy<IReadOnlyList<Assembly>> Loaded = new(Load);
    private static readonly Lazy<IReadOnlyList<HubModule>> LoadedModules = new(GroupModules);

    /// <summary>Every Distribution.* assembly except the test projects.</summary>
    public static IReadOnlyList<Assembly> All => Loaded.Value;

    /// <summary>The business modules, one entry per module with its four layers.</summary>
    public static IReadOnlyList<HubModule> Modules => LoadedModules.Value;

    /// <summary>Distribution.BuildingBlocks.Domain, .Application and .Infrastructure.</summary>
    public static IReadOnlyList<Assembly> BuildingBlocks =>
        All.Where(a => NameOf(a).StartsWith(BuildingBlocksPrefix, StringComparison.Ordinal)).ToList();

    /// <summary>Every assembly of every module.</summary>
    public static IReadOnlyList<Assembly> ModuleAssemblies => Modules.SelectMany(m => m.Assemblies).ToList();

    public static string NameOf(Assembly assembly) => assembly.GetName().Name!;

    /// <summary>Names of the assemblies <paramref name="assembly"/> references in its metadata.</summary>
    public static IReadOnlyList<string> ReferencesOf(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(r => r.Name!).ToList();

    /// <summary>The module of a <c>Distribution.Modules.&lt;Module&gt;.&lt;Layer&gt;</c> assembly name, or null.</summary>
    public static (string Module, string Layer)? ModuleLayerOf(string assemblyName)
    {
        if (!assemblyName.StartsWith(ModulePrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = assemblyName[ModulePrefix.Length..].Split('.');
        return parts.Length == 2 ? (parts[0], parts[1]) : null;
    }

    private static IReadOnlyList<Assembly> Load()
    {
        // Referencing the host makes the build copy its whole graph here.
        _ = typeof(Program).Assembly;
        return Directory.GetFiles(AppContext.BaseDirectory, "Distribution.*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => !name!.EndsWith("Tests", StringComparison.Ordinal))
            .Select(name => Assembly.Load(new AssemblyName(name!)))
            .OrderBy(NameOf, StringComparer.Ordinal)
            .ToList();
    }

    private static IReadOnlyList<HubModule> GroupModules() => All
        .Select(a => (Assembly: a, Parsed: ModuleLayerOf(NameOf(a))))
        .Where(x => x.Parsed is not null)
        .GroupBy(x => x.Parsed!.Value.Module, StringComparer.Ordinal)
        .Select(g => new HubModule(g.Key, g.ToDictionary(x => x.Parsed!.Value.Layer, x => x.Assembly, StringComparer.Ordinal)))
        .OrderBy(m => m.Name, StringComparer.Ordinal)
        .ToList();
}

/// <summary>One business module and its layer assemblies, keyed by layer name (Domain, Application, …). Public: NUnit test cases take it.</summary>
public sealed record HubModule(string Name, IReadOnlyDictionary<string, Assembly> Layers)
{
    public const string Domain = "Domain";
    public const string Application = "Application";
    public const string Infrastructure = "Infrastructure";
    public const string Contracts = "Contracts";

    public static readonly string[] LayerNames = [Domain, Application, Infrastructure, Contracts];

    /// <summary>The lower-case name: SQL Server schema, SQLite file, event-name prefix.</summary>
    public string Key => Name.ToLowerInvariant();

    public IEnumerable<Assembly> Assemblies => Layers.Values;

    public Assembly Layer(string layer) => Layers.TryGetValue(layer, out var assembly)
        ? assembly
        : throw new InvalidOperationException($"Module {Name} has no {layer} assembly.");

    public override string ToString() => Name;
}
