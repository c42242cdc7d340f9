using System.Xml.Linq;
using Distribution.ArchitectureTests.Support;

namespace Distribution.ArchitectureTests;

/// <summary>
/// "A module references other modules' .Contracts only." Checked twice, like fullstackhero's ModuleArchitectureTests:
/// on the compiled assemblies (what the code uses) and on the .csproj ProjectReference lines (what the build allows,
/// even before any code uses it).
/// </summary>
public sealed class ModuleIsolationTests
{
    private static IEnumerable<TestCaseData> Modules() =>
        HubAssemblies.Modules.Select(m => new TestCaseData(m).SetArgDisplayNames(m.Name));

    [TestCaseSource(nameof(Modules))]
    public void Module_ReferencesOtherModulesOnlyThroughTheirContracts(HubModule module)
    {
        var offending = module.Assemblies
            .SelectMany(a => HubAssemblies.ReferencesOf(a).Select(r => (From: HubAssemblies.NameOf(a), To: r)))
            .Where(x => HubAssemblies.ModuleLayerOf(x.To) is { } target
                && target.Module != module.Name
                && target.Layer != HubModule.Contracts)
            .Select(x => $"{x.From} → {x.To}")
            .ToList();
        Assert.That(offending, Is.Empty);
    }

    [Test]
    public void ModuleProjects_ReferenceOtherModulesOnlyThroughTheirContracts()
    {
        var projects = ProjectsUnder("src", "Modules");
        Assert.That(projects, Is.Not.Empty);
        var offending = projects
            .SelectMany(p => p.References.Select(r => (From: p.Name, To: r)))
            .Where(x => HubAssemblies.ModuleLayerOf(x.From) is { } source
                && HubAssemblies.ModuleLayerOf(x.To) is { } target
                && target.Module != source.Module
                && target.Layer != HubModule.Contracts)
            .Select(x => $"{x.From} → {x.To}")
            .ToList();
        Assert.That(offending, Is.Empty);
    }

    [Test]
    public void ModuleProjects_KeepTheLayerDirection()
    {
        // Within a module: Domain ← Application ← Infrastructure; Contracts depend on no layer of their module.
        var allowed = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            [HubModule.Domain] = [],
            [HubModule.Contracts] = [],
            [HubModule.Application] = [HubModule.Domain, HubModule.Contracts],
            [HubModule.Infrastructure] = [HubModule.Domain, HubModule.Application, HubModule.Contracts],
        };
        var offending = ProjectsUnder("src", "Modules")
            .SelectMany(p => p.References.Select(r => (From: p.Name, To: r)))
            .Where(x => HubAssemblies.ModuleLayerOf(x.From) is { } source
                && HubAssemblies.ModuleLayerOf(x.To) is { } target
                && target.Module == source.Module
                && !allowed[source.Layer].Contains(target.Layer))
            .Select(x => $"{x.From} → {x.To}")
            .ToList();
        Assert.That(offending, Is.Empty);
    }

    [Test]
    public void DomainProjects_ReferenceOnlyBuildingBlocksDomain()
    {
        var domains = ProjectsUnder("src", "Modules").Where(p => p.Name.EndsWith(".Domain", StringComparison.Ordinal)).ToList();
        Assert.That(domains, Is.Not.Empty);
        using (Assert.EnterMultipleScope())
        {
            foreach (var project in domains)
            {
                Assert.That(project.References, Is.SubsetOf(new[] { "Distribution.BuildingBlocks.Domain" }), project.Name);
                Assert.That(project.Packages.Concat(project.Frameworks), Is.Empty, $"{project.Name} needs no packages or frameworks.");
            }
        }
    }

    [Test]
    public void ApplicationAndContractsProjects_PullInNoEfCoreHangfireOrAspNetCore()
    {
        string[] forbidden = ["Microsoft.EntityFrameworkCore", "Hangfire", "Microsoft.AspNetCore"];
        var projects = ProjectsUnder("src", "Modules")
            .Where(p => p.Name.EndsWith(".Application", StringComparison.Ordinal) || p.Name.EndsWith(".Contracts", StringComparison.Ordinal))
            .ToList();
        Assert.That(projects, Is.Not.Empty);
        var offending = projects
            .SelectMany(p => p.Packages.Concat(p.Frameworks).Concat(p.References).Select(d => (From: p.Name, To: d)))
            .Where(x => forbidden.Any(f => x.To.StartsWith(f, StringComparison.Ordinal))
                || x.To.EndsWith(".Infrastructure", StringComparison.Ordinal)
                || (x.From.EndsWith(".Contracts", StringComparison.Ordinal) && x.To.StartsWith("FluentValidation", StringComparison.Ordinal)))
            .Select(x => $"{x.From} → {x.To}")
            .ToList();
        Assert.That(offending, Is.Empty);
    }

    [Test]
    public void BuildingBlockProjects_ReferenceNoModule()
    {
        var projects = ProjectsUnder("src", "BuildingBlocks");
        Assert.That(projects, Has.Count.EqualTo(3));
        var offending = projects
            .SelectMany(p => p.References.Select(r => (From: p.Name, To: r)))
            .Where(x => x.To.StartsWith(HubAssemblies.ModulePrefix, StringComparison.Ordinal))
            .Select(x => $"{x.From} → {x.To}")
            .ToList();
        Assert.That(offending, Is.Empty);
    }

    private static List<Project> ProjectsUnder(params string[] path)
    {
        var directory = Path.Combine(RepositoryRoot.Require(), Path.Combine(path));
        return Directory.GetFiles(directory, "*.csproj", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(Project.Load)
            .ToList();
    }

    private sealed record Project(string Name, IReadOnlyList<string> References, IReadOnlyList<string> Packages, IReadOnlyList<string> Frameworks)
    {
        public static Project Load(string path)
        {
            var document = XDocument.Load(path);
            IReadOnlyList<string> Items(string element) => document.Descendants()
                .Where(e => e.Name.LocalName == element)
                .Select(e => (string?)e.Attribute("Include"))
                .OfType<string>()
                .ToList();
            var references = Items("ProjectReference")
                .Select(include => Path.GetFileNameWithoutExtension(include.Replace('\\', '/')))
                .ToList();
            return new Project(Path.GetFileNameWithoutExtension(path), references, Items("PackageReference"), Items("FrameworkReference"));
        }
    }
}
