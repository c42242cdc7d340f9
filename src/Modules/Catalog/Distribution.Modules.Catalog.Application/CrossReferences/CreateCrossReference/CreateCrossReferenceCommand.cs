using Distribution.Modules.Catalog.Domain.CrossReferences;
using Mediator;

namespace Distribution.Modules.Catalog.Application.CrossReferences.CreateCrossReference;

/// <summary>Records a partner's number for one of our items, for a period.</summary>
/// <param name="Kind">supplierSku or customerPart.</param>
/// <param name="PartnerId">The supplier or customer id.</param>
/// <param name="PartnerValue">Their number.</param>
/// <param name="Sku">Our SKU.</param>
/// <param name="PartnerUnit">The unit they use (default: our base unit).</param>
/// <param name="PackSize">Base units in one partner unit, when the partner's pack differs from ours.</param>
/// <param name="ValidFromUtc">Valid from (default now).</param>
/// <param name="ValidToUtc">Valid until (exclusive); omit for open-ended.</param>
public sealed record CreateCrossReferenceCommand(
    CrossReferenceKind Kind, string PartnerId, string PartnerValue, string Sku, string? PartnerUnit, decimal? PackSize,
    DateTime? ValidFromUtc, DateTime? ValidToUtc) : ICommand<CrossReferenceDto>;
