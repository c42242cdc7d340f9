using Distribution.Modules.Partners.Domain.TradingPartners;

namespace Distribution.Modules.Partners.Application.TradingPartners;

/// <summary>A trading-partner profile.</summary>
/// <param name="Id">Profile id.</param>
/// <param name="PartnerKind"><c>customer</c> or <c>supplier</c>.</param>
/// <param name="PartnerId">The customer's account number or the supplier's code.</param>
/// <param name="Name">Display name.</param>
/// <param name="Settings">Exchange settings.</param>
/// <param name="TemplateKey">Template it was onboarded from, if any.</param>
/// <param name="TemplateVersion">That template's version.</param>
/// <param name="CreatedAt">Created (UTC).</param>
/// <param name="UpdatedAt">Last changed (UTC).</param>
/// <param name="Version">Concurrency version; also the ETag.</param>
public sealed record TradingPartnerDto(
    Guid Id, string PartnerKind, string PartnerId, string Name, PartnerSettingsDto Settings, string? TemplateKey, int? TemplateVersion,
    DateTime CreatedAt, DateTime UpdatedAt, long Version)
{
    internal static TradingPartnerDto From(TradingPartnerProfile p) => new(
        p.Id, SettingNames.Of(p.PartnerKind), p.PartnerId, p.Name, PartnerSettingsDto.From(p.Settings), p.TemplateKey, p.TemplateVersion,
        p.CreatedAtUtc, p.UpdatedAtUtc, p.Version);
}
