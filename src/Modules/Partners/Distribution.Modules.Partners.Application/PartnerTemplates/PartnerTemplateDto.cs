using Distribution.Modules.Partners.Application.TradingPartners;
using Distribution.Modules.Partners.Domain.PartnerTemplates;

namespace Distribution.Modules.Partners.Application.PartnerTemplates;

/// <summary>A version of an onboarding template.</summary>
/// <param name="Id">Id of this version (onboard with it).</param>
/// <param name="Key">Stable key shared by all versions.</param>
/// <param name="TemplateVersion">Version within the key.</param>
/// <param name="Name">Display name.</param>
/// <param name="Description">What it is for.</param>
/// <param name="PartnerKind"><c>customer</c> or <c>supplier</c>: what onboarding creates.</param>
/// <param name="Defaults">Default profile settings (overridable when onboarding).</param>
/// <param name="ClientScopes">Scopes of the API client onboarding creates.</param>
/// <param name="CreatedAt">Created (UTC).</param>
public sealed record PartnerTemplateDto(
    Guid Id, string Key, int TemplateVersion, string Name, string Description, string PartnerKind, PartnerSettingsDto Defaults,
    IReadOnlyList<string> ClientScopes, DateTime CreatedAt)
{
    /// <summary>Most template versions listed (templates ship with the hub: a handful, each with a few versions).</summary>
    public const int MaxListed = 200;

    internal static PartnerTemplateDto From(PartnerTemplate t) => new(
        t.Id, t.Key, t.TemplateVersion, t.Name, t.Description, SettingNames.Of(t.PartnerKind), PartnerSettingsDto.From(t.Defaults),
        t.ClientScopes, t.CreatedAtUtc);
}
