using System.ComponentModel.DataAnnotations;
using Mediator;

namespace Distribution.Modules.Catalog.Contracts.Resolution;

/// <summary>The kind of number a document uses for an item.</summary>
public enum ItemIdentifierKind
{
    /// <summary>Our SKU.</summary>
    Sku,

    /// <summary>A GTIN-8/12/13/14.</summary>
    Gtin,

    /// <summary>A UPC-A.</summary>
    Upc,

    /// <summary>The supplier's part number (the partner's supplier cross-reference, else a catalog vendor part).</summary>
    VendorPart,

    /// <summary>The customer's part number (the partner's customer cross-reference).</summary>
    BuyerPart,

    /// <summary>The manufacturer's part number.</summary>
    ManufacturerPart,
}

/// <summary>
/// Which item a partner's line means, and how many base units one of its units is. For every module that reads
/// partner documents (orders, 832/846/850/856, feeds). Answered from a cache that a committed catalog change
/// invalidates at once.
/// </summary>
/// <param name="Kind">The kind of number.</param>
/// <param name="Value">The number.</param>
/// <param name="PartnerId">The supplier or customer whose document it is (needed for vendor and buyer parts).</param>
/// <param name="Unit">The unit on the line; null for the identifier's own unit (a case GTIN is a case).</param>
/// <param name="AtUtc">When the line applies (effective dating); null for now.</param>
public sealed record ResolveItemQuery(ItemIdentifierKind Kind, string Value, string? PartnerId = null, string? Unit = null, DateTime? AtUtc = null)
    : IQuery<ItemResolution>;

/// <summary>The answer: the item and the factor to its base unit, or the reason there is none.</summary>
/// <param name="Resolved">True when an item was found and the unit converts.</param>
/// <param name="ItemId">The item.</param>
/// <param name="Sku">Its SKU.</param>
/// <param name="BaseUnit">Its base unit.</param>
/// <param name="Unit">The unit the line is in (as asked, or implied by the identifier).</param>
/// <param name="FactorToBase">Base units in one <paramref name="Unit"/> (quantity × factor = base quantity).</param>
/// <param name="FactorIsExact">False only when the factor does not terminate in 28 digits.</param>
/// <param name="ItemStatus">active, discontinued or inactive.</param>
/// <param name="FailureCode">Why not: catalog.identifier-unknown, catalog.identifier-invalid, catalog.partner-required, catalog.unit-unknown, catalog.uom-conversion-unknown.</param>
/// <param name="FailureReason">The reason in words.</param>
public sealed record ItemResolution(
    bool Resolved, Guid? ItemId, string? Sku, string? BaseUnit, string? Unit, decimal? FactorToBase, bool FactorIsExact,
    [property: MaxLength(ItemResolution.CodeMaxLength)] string? ItemStatus,
    [property: MaxLength(ItemResolution.CodeMaxLength)] string? FailureCode,
    [property: MaxLength(ItemResolution.ReasonMaxLength)] string? FailureReason)
{
    /// <summary>Longest status name or failure code (they are fixed names, the longest far shorter).</summary>
    public const int CodeMaxLength = 80;

    /// <summary>Longest failure reason (a reason quoting a long value is cut).</summary>
    public const int ReasonMaxLength = 1000;

    /// <summary>A failed resolution.</summary>
    public static ItemResolution Failed(string code, string reason) => new(
        false, null, null, null, null, null, false, null, code, reason.Length <= ReasonMaxLength ? reason : reason[..ReasonMaxLength]);
}

/// <summary>
/// The same resolution as <see cref="ResolveItemQuery"/> without the mediator pipeline, for hot loops over large
/// documents and feeds (one call per line).
/// </summary>
public interface IItemResolver
{
    /// <summary>Resolves one line.</summary>
    ValueTask<ItemResolution> ResolveAsync(ResolveItemQuery query, CancellationToken cancellationToken);
}
