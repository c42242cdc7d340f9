using Distribution.Modules.Partners.Application.Abstractions;
using Distribution.Modules.Partners.Contracts.TradingPartners;
using Mediator;

namespace Distribution.Modules.Partners.Application.TradingPartners.FindEdiPartner;

internal sealed class FindEdiPartnerQueryHandler(ITradingPartnerRepository profiles) : IQueryHandler<FindEdiPartnerQuery, EdiPartner?>
{
    public async ValueTask<EdiPartner?> Handle(FindEdiPartnerQuery query, CancellationToken cancellationToken)
    {
        var qualifier = query.IsaQualifier.Trim();
        var id = query.IsaId.Trim();
        var partners = await EdiPartnerMapping.LoadAllAsync(profiles, cancellationToken);
        return partners.FirstOrDefault(p =>
            string.Equals(p.IsaQualifier, qualifier, StringComparison.OrdinalIgnoreCase)
            && string.Equals(p.IsaId, id, StringComparison.OrdinalIgnoreCase));
    }
}
