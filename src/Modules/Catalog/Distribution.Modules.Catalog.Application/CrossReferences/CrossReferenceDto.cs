using Distribution.Modules.Catalog.Application.Items;
using Distribution.Modules.Catalog.Domain.CrossReferences;

namespace Distribution.Modules.Catalog.Application.CrossReferences;

/// <summary>A partner's number for one of our items.</summary>
/// <param name="Id">Id.</param>
/// <param name="Kind">supplierSku or customerPart.</param>
/// <param name="PartnerId">The supplier or customer.</param>
/// <param name="PartnerValue">Their number.</param>
/// <param name="Sku">Our SKU.</param>
/// <param name="PartnerUnit">The unit they use (null: our base unit).</param>
/// <param name="PackSize">Base units in one partner unit, when it differs from our pack levels.</param>
/// <param name="ValidFromUtc">Valid from (inclusive).</param>
/// <param name="ValidToUtc">Valid until (exclusive); null for open-ended.</param>
/// <param name="Version">Concurrency version (ETag).</param>
public sealed record CrossReferenceDto(
    Guid Id, string Kind, string PartnerId, string PartnerValue, string Sku, string? PartnerUnit, decimal? PackSize,
    DateTime ValidFromUtc, DateTime? ValidToUtc, long Version)
{
    /// <summary>The DTO of a cross-reference.</summary>
    public static CrossReferenceDto From(CrossReference x)
    {
        ArgumentNullException.ThrowIfNull(x);
        return new CrossReferenceDto(x.Id, CatalogNames.Of(x.Kind), x.PartnerId, x.PartnerValue, x.Sku, x.PartnerUnit, x.PackSize,
            x.ValidFromUtc, x.ValidToUtc, x.Version);
    }
}
