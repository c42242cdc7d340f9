using Distribution.BuildingBlocks.Application.Errors;
using Distribution.Modules.Partners.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Partners.Application.PartnerTemplates.GetPartnerTemplate;

internal sealed class GetPartnerTemplateQueryHandler(IPartnerTemplateRepository templates) : IQueryHandler<GetPartnerTemplateQuery, PartnerTemplateDto>
{
    public async ValueTask<PartnerTemplateDto> Handle(GetPartnerTemplateQuery query, CancellationToken cancellationToken) =>
        PartnerTemplateDto.From(await templates.GetAsync(query.Id, cancellationToken) ?? throw new NotFoundException("Partner template", query.Id));
}
