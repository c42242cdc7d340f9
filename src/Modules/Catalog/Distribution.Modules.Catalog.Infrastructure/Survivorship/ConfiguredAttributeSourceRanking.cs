using Distribution.Modules.Catalog.Application.Abstractions;
using Microsoft.Extensions.Configuration;

namespace Distribution.Modules.Catalog.Infrastructure.Survivorship;

/// <summary>
/// Source ranking from configuration, per attribute with a default:
/// <c>Catalog:Survivorship:Default = ["erp","pim","supplier"]</c>, <c>Catalog:Survivorship:Attributes:colour = ["pim","erp"]</c>.
/// First listed wins; a source not listed ranks after all listed ones. With nothing configured every source ranks
/// the same, so the latest value wins.
/// </summary>
internal sealed class ConfiguredAttributeSourceRanking(IConfiguration configuration) : IAttributeSourceRanking
{
    private const string Section = "Catalog:Survivorship";

    public int RankOf(string attribute, string source)
    {
        var ranking = configuration.GetSection($"{Section}:Attributes:{attribute.ToLowerInvariant()}").Get<string[]>()
            ?? configuration.GetSection($"{Section}:Default").Get<string[]>()
            ?? [];
        var index = Array.FindIndex(ranking, s => string.Equals(s, source, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? ranking.Length : index;
    }
}
