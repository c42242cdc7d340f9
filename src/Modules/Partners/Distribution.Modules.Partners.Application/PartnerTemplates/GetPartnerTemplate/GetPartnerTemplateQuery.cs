using Mediator;

namespace Distribution.Modules.Partners.Application.PartnerTemplates.GetPartnerTemplate;

/// <summary>One template version.</summary>
/// <param name="Id">The template version's id.</param>
public sealed record GetPartnerTemplateQuery(Guid Id) : IQuery<PartnerTemplateDto>;
