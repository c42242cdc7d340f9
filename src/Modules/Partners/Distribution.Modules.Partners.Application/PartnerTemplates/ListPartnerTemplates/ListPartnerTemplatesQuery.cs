using Mediator;

namespace Distribution.Modules.Partners.Application.PartnerTemplates.ListPartnerTemplates;

/// <summary>Every template version, by key then version.</summary>
public sealed record ListPartnerTemplatesQuery : IQuery<IReadOnlyList<PartnerTemplateDto>>;
