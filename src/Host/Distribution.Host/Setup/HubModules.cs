using Distribution.BuildingBlocks.Infrastructure.Modules;
using Distribution.Modules.Catalog.Infrastructure;
using Distribution.Modules.Integration.Infrastructure;
using Distribution.Modules.Partners.Infrastructure;

namespace Distribution.Host.Setup;

/// <summary>
/// The modules this host runs, in one list. A module is switched off with <c>Modules:&lt;Name&gt;:Enabled=false</c>;
/// Partners and Integration carry the security and delivery spine, so they cannot be.
/// </summary>
internal static class HubModules
{
    private static readonly IModule[] All = [new PartnersModule(), new IntegrationModule(), new CatalogModule()];
    private static readonly string[] Required = ["partners", "integration"];

    public static IReadOnlyList<IModule> Enabled(IConfiguration configuration) => All
        .Where(m => Required.Contains(m.Name)
            || configuration.GetValue($"Modules:{char.ToUpperInvariant(m.Name[0])}{m.Name[1..]}:Enabled", true))
        .ToList();
}
