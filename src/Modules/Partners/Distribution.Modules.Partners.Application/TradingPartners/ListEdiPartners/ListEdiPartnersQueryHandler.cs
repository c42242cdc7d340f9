using Distribution.Modules.Partners.Application.Abstractions;
using Distribution.Modules.Partners.Contracts.TradingPartners;
using Mediator;

namespace Distribution.Modules.Partners.Application.TradingPartners.ListEdiPartners;

internal sealed class ListEdiPartnersQueryHandler(ITradingPartnerRepository profiles)
    : IQueryHandler<ListEdiPartnersQuery, IReadOnlyList<EdiPartner>>
{
    public async ValueTask<IReadOnlyList<EdiPartner>> Handle(ListEdiPartnersQuery query, CancellationToken cancellationToken)
    {
        var partners = await EdiPartnerMapping.LoadAllAsync(profiles, cancellationToken);
        return partners
            .Where(p => query.Transport is null || p.Transports.Contains(query.Transport))
            .Where(p => query.PartnerId is null || p.PartnerId == query.PartnerId)
            .ToList();
    }
}
