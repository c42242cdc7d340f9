using Distribution.BuildingBlocks.Application.Errors;
using Distribution.BuildingBlocks.Application.Paging;
using Distribution.BuildingBlocks.Application.Tenancy;
using Distribution.Modules.Partners.Application.Abstractions;
using Distribution.Modules.Partners.Domain.TradingPartners;
using Mediator;

namespace Distribution.Modules.Partners.Application.TradingPartners.ListTradingPartners;

internal sealed class ListTradingPartnersQueryHandler(ITradingPartnerRepository profiles, ITenantContext tenant)
    : IQueryHandler<ListTradingPartnersQuery, CursorPage<TradingPartnerDto>>
{
    public async ValueTask<CursorPage<TradingPartnerDto>> Handle(ListTradingPartnersQuery query, CancellationToken cancellationToken)
    {
        var limit = Cursor.Limit(query.Limit);
        PartnerKind? kind = query.PartnerKind is null
            ? null
            : SettingNames.ParsePartnerKind(query.PartnerKind) ?? throw RequestValidationException.For("partnerKind", "Use customer or supplier.");
        string? onlyPartner = null;
        if (tenant.IsRestricted)
        {
            // A partner-bound caller sees its own profile: narrow the kind to its own, the id to its own.
            var own = SettingNames.ParsePartnerKind(tenant.ClientKind);
            kind = own is null || (kind is not null && kind != own) ? null : own;
            onlyPartner = own is null || kind is null ? TenantContextExtensions.NoOwner : tenant.PartnerId;
        }

        var page = await profiles.ListAsync(GuidCursor.Decode(query.Cursor), kind, onlyPartner, limit + 1, cancellationToken);
        var items = page.Take(limit).Select(TradingPartnerDto.From).ToList();
        return new CursorPage<TradingPartnerDto>(items, page.Count > limit ? GuidCursor.Encode(items[^1].Id) : null);
    }
}
