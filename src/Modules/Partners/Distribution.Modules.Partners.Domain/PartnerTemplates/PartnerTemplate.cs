using Distribution.BuildingBlocks.Domain;
using Distribution.Modules.Partners.Domain.TradingPartners;

namespace Distribution.Modules.Partners.Domain.PartnerTemplates;

/// <summary>
/// A versioned starting point for onboarding ("VICS retailer X12 4010", "SaaS webhook"): default settings and the
/// scopes the partner's API client gets. Templates are data: a new version is a new row, profiles remember which
/// version they came from, and old versions stay readable.
/// </summary>
public sealed class PartnerTemplate : AggregateRoot<Guid>
{
    private PartnerTemplate()
    {
    }

    /// <summary>Stable key shared by all versions, e.g. <c>vics-retailer-x12-4010</c>.</summary>
    public string Key { get; private set; } = string.Empty;

    /// <summary>Version within the key, from 1.</summary>
    public int TemplateVersion { get; private set; }

    /// <summary>Display name.</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>What the template is for.</summary>
    public string Description { get; private set; } = string.Empty;

    /// <summary>The kind of partner it onboards.</summary>
    public PartnerKind PartnerKind { get; private set; }

    /// <summary>Default settings of the profile.</summary>
    public PartnerSettings Defaults { get; private set; } = null!;

    /// <summary>Scopes granted to the partner's API client.</summary>
    public IReadOnlyList<string> ClientScopes { get; private set; } = [];

    /// <summary>When it was created (UTC).</summary>
    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>Creates a template version; the defaults must make a valid profile on their own.</summary>
    public static PartnerTemplate Create(
        string key, int version, string name, string description, PartnerKind kind, PartnerSettings defaults,
        IEnumerable<string> clientScopes, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        CheckRule(new ChannelTransportMustSuitProtocolRule(defaults));
        CheckRule(new OneChannelPerDocumentRule(defaults));
        return new PartnerTemplate
        {
            Id = Guid.CreateVersion7(),
            Key = key,
            TemplateVersion = version,
            Name = name,
            Description = description,
            PartnerKind = kind,
            Defaults = defaults,
            ClientScopes = clientScopes.Distinct().Order(StringComparer.Ordinal).ToList(),
            CreatedAtUtc = nowUtc,
        };
    }
}
