using System.Reflection;
using System.Text.RegularExpressions;
using Distribution.ArchitectureTests.Support;
using NetArchTest.Rules;

namespace Distribution.ArchitectureTests;

/// <summary>
/// "Domain references BuildingBlocks.Domain only. Application never references Infrastructure, EF Core, Hangfire or
/// ASP.NET. Contracts hold records and interfaces only." Checked per module, on the assembly references the compiler
/// kept and, type by type, on what the code actually uses.
/// </summary>
public sealed class LayerTests
{
    private static readonly string[] TechnicalFrameworks =
        ["Microsoft.EntityFrameworkCore", "Hangfire", "Microsoft.AspNetCore"];

    private static readonly string[] ContractForbidden =
        ["Microsoft.EntityFrameworkCore", "FluentValidation", "Hangfire", "Microsoft.AspNetCore"];

    private static IEnumerable<TestCaseData> Modules() =>
        HubAssemblies.Modules.Select(m => new TestCaseData(m).SetArgDisplayNames(m.Name));

    [Test]
    public void Modules_AreDiscovered()
    {
        Assert.That(HubAssemblies.Modules.Select(m => m.Name), Is.SupersetOf(new[] { "Catalog", "Integration", "Partners" }));
    }

    [TestCaseSource(nameof(Modules))]
    public void Module_HasDomainApplicationInfrastructureAndContracts(HubModule module)
    {
        Assert.That(module.Layers.Keys, Is.EquivalentTo(HubModule.LayerNames),
            $"A module is exactly Domain, Application, Infrastructure and Contracts; {module.Name} has: {string.Join(", ", module.Layers.Keys)}.");
    }

    [TestCaseSource(nameof(Modules))]
    public void Domain_ReferencesOnlyBuildingBlocksDomainAndTheBcl(HubModule module)
    {
        var domain = module.Layer(HubModule.Domain);
        var offending = HubAssemblies.ReferencesOf(domain)
            .Where(r => !IsBcl(r) && r != "Distribution.BuildingBlocks.Domain")
            .ToList();
        Assert.That(offending, Is.Empty, $"{HubAssemblies.NameOf(domain)} references {string.Join(", ", offending)}.");

        var result = TypesOf(domain)
            .ShouldNot()
            .HaveDependencyOtherThan("System", "Distribution.BuildingBlocks.Domain", domain.GetName().Name!)
            .GetResult();
        Assert.That(result.SelectedTypesForTesting, Is.Not.Empty, "No domain types selected: the rule would prove nothing.");
        Assert.That(Failing(result), Is.Empty, "Domain types may use only the BCL and BuildingBlocks.Domain.");
    }

    [TestCaseSource(nameof(Modules))]
    public void Application_ReferencesNoInfrastructureEfCoreHangfireOrAspNetCore(HubModule module)
    {
        var application = module.Layer(HubModule.Application);
        var offending = HubAssemblies.ReferencesOf(application)
            .Where(r => TechnicalFrameworks.Any(f => r.StartsWith(f, StringComparison.Ordinal)) || IsInfrastructure(r))
            .ToList();
        Assert.That(offending, Is.Empty, $"{HubAssemblies.NameOf(application)} references {string.Join(", ", offending)}.");

        var forbiddenNamespaces = TechnicalFrameworks
            .Append("Distribution.BuildingBlocks.Infrastructure")
            .Concat(HubAssemblies.Modules.Select(m => $"{HubAssemblies.ModulePrefix}{m.Name}.{HubModule.Infrastructure}"))
            .ToArray();
        var result = TypesOf(application).ShouldNot().HaveDependencyOnAny(forbiddenNamespaces).GetResult();
        Assert.That(result.SelectedTypesForTesting, Is.Not.Empty, "No application types selected: the rule would prove nothing.");
        Assert.That(Failing(result), Is.Empty, "Application types must not use infrastructure.");
    }

    [TestCaseSource(nameof(Modules))]
    public void Contracts_ReferenceNoEfCoreFluentValidationHangfireOrModuleInternals(HubModule module)
    {
        var contracts = module.Layer(HubModule.Contracts);
        var offending = HubAssemblies.ReferencesOf(contracts)
            .Where(r => ContractForbidden.Any(f => r.StartsWith(f, StringComparison.Ordinal))
                || HubAssemblies.ModuleLayerOf(r) is { Layer: not HubModule.Contracts })
            .ToList();
        Assert.That(offending, Is.Empty, $"{HubAssemblies.NameOf(contracts)} references {string.Join(", ", offending)}.");

        var forbiddenNamespaces = ContractForbidden
            .Append("Distribution.BuildingBlocks.Infrastructure")
            .Concat(HubAssemblies.Modules.SelectMany(m => new[] { HubModule.Domain, HubModule.Application, HubModule.Infrastructure }
                .Select(layer => $"{HubAssemblies.ModulePrefix}{m.Name}.{layer}")))
            .ToArray();
        var result = TypesOf(contracts).ShouldNot().HaveDependencyOnAny(forbiddenNamespaces).GetResult();
        Assert.That(Failing(result), Is.Empty, "Contracts must not use EF Core, FluentValidation, Hangfire or module internals.");
    }

    [TestCaseSource(nameof(Modules))]
    public void Contracts_HoldOnlyRecordsInterfacesAttributesAndEnums(HubModule module)
    {
        var offending = ModuleTypes(module.Layer(HubModule.Contracts))
            .Where(t => !(t.IsInterface || t.IsEnum || typeof(Attribute).IsAssignableFrom(t) || IsRecord(t)))
            .Select(t => t.FullName)
            .ToList();
        Assert.That(offending, Is.Empty, "Contracts are records, interfaces, attributes and enums only.");
    }

    [Test]
    public void BuildingBlocks_ReferenceNoModule()
    {
        Assert.That(HubAssemblies.BuildingBlocks, Has.Count.EqualTo(3));
        var offending = HubAssemblies.BuildingBlocks
            .SelectMany(a => HubAssemblies.ReferencesOf(a)
                .Where(r => r.StartsWith(HubAssemblies.ModulePrefix, StringComparison.Ordinal))
                .Select(r => $"{HubAssemblies.NameOf(a)} → {r}"))
            .ToList();
        Assert.That(offending, Is.Empty);

        var result = Types.InAssemblies(HubAssemblies.BuildingBlocks)
            .ShouldNot().HaveDependencyOnAny("Distribution.Modules")
            .GetResult();
        Assert.That(Failing(result), Is.Empty, "Building blocks are technical code every module shares; they know no module.");
    }

    [Test]
    public void BuildingBlocksDomain_ReferencesOnlyTheBcl()
    {
        var domain = HubAssemblies.BuildingBlocks.Single(a => HubAssemblies.NameOf(a) == "Distribution.BuildingBlocks.Domain");
        Assert.That(HubAssemblies.ReferencesOf(domain).Where(r => !IsBcl(r)), Is.Empty);
    }

    [Test]
    public void BuildingBlocksApplication_ReferencesNoEfCoreHangfireOrAspNetCore()
    {
        var application = HubAssemblies.BuildingBlocks.Single(a => HubAssemblies.NameOf(a) == "Distribution.BuildingBlocks.Application");
        var offending = HubAssemblies.ReferencesOf(application)
            .Where(r => TechnicalFrameworks.Any(f => r.StartsWith(f, StringComparison.Ordinal)) || IsInfrastructure(r))
            .ToList();
        Assert.That(offending, Is.Empty);
    }

    internal static bool IsBcl(string assemblyName) =>
        assemblyName is "System" or "netstandard" or "mscorlib"
        || assemblyName.StartsWith("System.", StringComparison.Ordinal);

    private static bool IsInfrastructure(string assemblyName) =>
        assemblyName.StartsWith("Distribution.", StringComparison.Ordinal)
        && assemblyName.EndsWith(".Infrastructure", StringComparison.Ordinal);

    // Only the module's own namespace: the compiler embeds helper attributes (Microsoft.CodeAnalysis.*) in every assembly.
    private static PredicateList TypesOf(Assembly assembly) =>
        Types.InAssembly(assembly).That().ResideInNamespaceMatching($@"^{Regex.Escape(HubAssemblies.NameOf(assembly))}(\.|$)");

    internal static IEnumerable<Type> ModuleTypes(Assembly assembly) => assembly.GetTypes()
        .Where(t => t.Namespace?.StartsWith(HubAssemblies.NameOf(assembly), StringComparison.Ordinal) == true)
        .Where(t => !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), inherit: false))
        .Where(t => !t.Name.StartsWith('<'));

    // Records have compiler-generated members no hand-written type has: <Clone>$ (classes), PrintMembers (both kinds).
    private static bool IsRecord(Type type) =>
        type.GetMethod("<Clone>$") is not null
        || (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.Instance | BindingFlags.NonPublic) is not null);

    internal static IEnumerable<string> Failing(TestResult result) =>
        result.FailingTypes?.Select(t => $"{t.FullName}: {t.Explanation}") ?? [];
}
