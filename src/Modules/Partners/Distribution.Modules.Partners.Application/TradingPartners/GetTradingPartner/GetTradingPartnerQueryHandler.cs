using Distribution.BuildingBlocks.Application.Errors;
using Distribution.BuildingBlocks.Application.Tenancy;
using Distribution.Modules.Partners.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Partners.Application.TradingPartners.GetTradingPartner;

internal sealed class GetTradingPartnerQueryHandler(ITradingPartnerRepository profiles, ITenantContext tenant)
    : IQueryHandler<GetTradingPartnerQuery, TradingPartnerDto>
{
    public async ValueTask<TradingPartnerDto> Handle(GetTradingPartnerQuery query, CancellationToken cancellationToken)
    {
        var profile = await profiles.GetAsync(query.Id, cancellationToken) ?? throw new NotFoundException("Trading partner", query.Id);
        tenant.EnsureCanSee(SettingNames.Of(profile.PartnerKind), profile.PartnerId, "Trading partner", query.Id);
        return TradingPartnerDto.From(profile);
    }
}
