using Mediator;

namespace Distribution.Modules.Partners.Application.TradingPartners.GetTradingPartner;

/// <summary>One profile (a partner-bound caller sees only its own).</summary>
/// <param name="Id">The profile.</param>
public sealed record GetTradingPartnerQuery(Guid Id) : IQuery<TradingPartnerDto>;
