using Mediator;

namespace Distribution.Modules.Partners.Application.TradingPartners.UpdateTradingPartner;

/// <summary>Replaces a profile's name and settings (PUT semantics; the partner never changes).</summary>
/// <param name="Id">The profile.</param>
/// <param name="ExpectedVersion">From <c>If-Match</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="Settings">Exchange settings.</param>
public sealed record UpdateTradingPartnerCommand(Guid Id, long ExpectedVersion, string Name, PartnerSettingsDto Settings)
    : ICommand<TradingPartnerDto>;
