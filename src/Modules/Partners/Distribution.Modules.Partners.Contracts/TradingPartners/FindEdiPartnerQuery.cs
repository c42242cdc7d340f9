using Mediator;

namespace Distribution.Modules.Partners.Contracts.TradingPartners;

/// <summary>The X12 partner an interchange comes from (by ISA05/06) or goes to; null when no profile matches.</summary>
/// <param name="IsaQualifier">ISA05 of a received interchange.</param>
/// <param name="IsaId">ISA06 of a received interchange (padding is ignored).</param>
public sealed record FindEdiPartnerQuery(string IsaQualifier, string IsaId) : IQuery<EdiPartner?>;
