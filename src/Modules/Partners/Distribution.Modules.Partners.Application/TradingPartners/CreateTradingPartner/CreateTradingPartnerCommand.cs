using Mediator;

namespace Distribution.Modules.Partners.Application.TradingPartners.CreateTradingPartner;

/// <summary>Creates the trading-partner profile of an existing customer or supplier (one per partner).</summary>
/// <param name="PartnerKind"><c>customer</c> or <c>supplier</c>.</param>
/// <param name="PartnerId">The customer's account number or the supplier's code.</param>
/// <param name="Name">Display name.</param>
/// <param name="Settings">Exchange settings.</param>
public sealed record CreateTradingPartnerCommand(string PartnerKind, string PartnerId, string Name, PartnerSettingsDto Settings)
    : ICommand<TradingPartnerDto>;
