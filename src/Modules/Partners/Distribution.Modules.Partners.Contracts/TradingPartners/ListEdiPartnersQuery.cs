using Mediator;

namespace Distribution.Modules.Partners.Contracts.TradingPartners;

/// <summary>Every partner exchanging X12, optionally only those with a channel on <paramref name="Transport"/>.</summary>
/// <param name="Transport"><c>drop-folder</c>, <c>sftp</c> or <c>http</c>; null for all.</param>
/// <param name="PartnerId">Only this partner (customer account or supplier code); null for all.</param>
public sealed record ListEdiPartnersQuery(string? Transport = null, string? PartnerId = null) : IQuery<IReadOnlyList<EdiPartner>>;
