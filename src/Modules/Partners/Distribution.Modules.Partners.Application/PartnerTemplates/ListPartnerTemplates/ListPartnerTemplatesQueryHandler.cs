using Distribution.Modules.Partners.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Partners.Application.PartnerTemplates.ListPartnerTemplates;

internal sealed class ListPartnerTemplatesQueryHandler(IPartnerTemplateRepository templates)
    : IQueryHandler<ListPartnerTemplatesQuery, IReadOnlyList<PartnerTemplateDto>>
{
    public async ValueTask<IReadOnlyList<PartnerTemplateDto>> Handle(ListPartnerTemplatesQuery query, CancellationToken cancellationToken) =>
        (await templates.ListAsync(cancellationToken)).Take(PartnerTemplateDto.MaxListed).Select(PartnerTemplateDto.From).ToList();
}
