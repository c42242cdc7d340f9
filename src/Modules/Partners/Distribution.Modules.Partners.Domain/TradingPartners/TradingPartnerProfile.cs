using Distribution.BuildingBlocks.Domain;

namespace Distribution.Modules.Partners.Domain.TradingPartners;

/// <summary>
/// How the hub exchanges documents with one customer or supplier: the channels per document type and the EDI and
/// processing settings. One profile per partner; onboarding creates it from a template.
/// </summary>
public sealed class TradingPartnerProfile : AggregateRoot<Guid>
{
    private TradingPartnerProfile()
    {
    }

    /// <summary>Customer or supplier.</summary>
    public PartnerKind PartnerKind { get; private set; }

    /// <summary>The customer's account number or the supplier's code.</summary>
    public string PartnerId { get; private set; } = string.Empty;

    /// <summary>Display name.</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>The exchange settings.</summary>
    public PartnerSettings Settings { get; private set; } = null!;

    /// <summary>The template it was created from, if any.</summary>
    public string? TemplateKey { get; private set; }

    /// <summary>The template version it was created from.</summary>
    public int? TemplateVersion { get; private set; }

    /// <summary>When it was created (UTC).</summary>
    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>When it last changed (UTC).</summary>
    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>Creates a profile.</summary>
    public static TradingPartnerProfile Create(
        PartnerKind kind, string partnerId, string name, PartnerSettings settings, string? templateKey, int? templateVersion, DateTime nowUtc)
    {
        var profile = new TradingPartnerProfile
        {
            Id = Guid.CreateVersion7(),
            PartnerKind = kind,
            PartnerId = partnerId,
            TemplateKey = templateKey,
            TemplateVersion = templateVersion,
            CreatedAtUtc = nowUtc,
        };
        profile.Change(name, settings, nowUtc);
        return profile;
    }

    /// <summary>Replaces name and settings.</summary>
    public void Change(string name, PartnerSettings settings, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(settings);
        CheckRule(new ChannelTransportMustSuitProtocolRule(settings));
        CheckRule(new OneChannelPerDocumentRule(settings));
        CheckRule(new X12ChannelsNeedEnvelopeIdsRule(settings));
        Name = name;
        Settings = settings;
        UpdatedAtUtc = nowUtc;
    }
}
