using Distribution.BuildingBlocks.Domain;
using Distribution.Modules.Catalog.Domain.Units;

namespace Distribution.Modules.Catalog.Domain.CrossReferences;

/// <summary>Whose number a cross-reference translates.</summary>
public enum CrossReferenceKind
{
    /// <summary>A supplier's SKU (what they put on an 832, 855 or ASN).</summary>
    SupplierSku,

    /// <summary>A customer's own part number (what they put on an 850).</summary>
    CustomerPart,
}

/// <summary>
/// A partner's number for one of our items, valid for a period: a supplier SKU with the unit and pack size the
/// supplier sells in, or a customer part number. For one partner, kind and number, periods never overlap, so a
/// number names one item at any moment.
/// </summary>
public sealed class CrossReference : AggregateRoot<Guid>
{
    private CrossReference()
    {
    }

    /// <summary>Supplier SKU or customer part.</summary>
    public CrossReferenceKind Kind { get; private set; }

    /// <summary>The supplier or customer id.</summary>
    public string PartnerId { get; private set; } = string.Empty;

    /// <summary>The partner's number as they write it.</summary>
    public string PartnerValue { get; private set; } = string.Empty;

    /// <summary>The partner's number upper-cased for lookup.</summary>
    public string LookupValue { get; private set; } = string.Empty;

    /// <summary>Our item.</summary>
    public Guid ItemId { get; private set; }

    /// <summary>Our SKU.</summary>
    public string Sku { get; private set; } = string.Empty;

    /// <summary>The unit the partner's number is sold or ordered in (null: the item's base unit).</summary>
    public string? PartnerUnit { get; private set; }

    /// <summary>Base units in one <see cref="PartnerUnit"/>, when the partner's pack differs from our pack levels.</summary>
    public decimal? PackSize { get; private set; }

    /// <summary>Valid from (UTC, inclusive).</summary>
    public DateTime ValidFromUtc { get; private set; }

    /// <summary>Valid until (UTC, exclusive); null for open-ended.</summary>
    public DateTime? ValidToUtc { get; private set; }

    /// <summary>When it was created.</summary>
    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>The lookup form of a partner's number.</summary>
    public static string LookupOf(string partnerValue) => partnerValue.Trim().ToUpperInvariant();

    /// <summary>
    /// Creates a cross-reference. <paramref name="existing"/> are the other periods of the same partner, kind and number;
    /// the new period must not overlap any of them.
    /// </summary>
    public static CrossReference Create(
        CrossReferenceKind kind, string partnerId, string partnerValue, Guid itemId, string sku, string? partnerUnit, decimal? packSize,
        DateTime validFromUtc, DateTime? validToUtc, IEnumerable<(DateTime From, DateTime? To)> existing, DateTime nowUtc)
    {
        if (partnerUnit is not null)
        {
            CheckRule(new UnitMustBeKnownRule(partnerUnit));
        }

        if (packSize is { } size)
        {
            CheckRule(new PackQuantityMustBePositiveRule(size));
        }

        CheckRule(new ValidityPeriodMustEndAfterStartRule(validFromUtc, validToUtc));
        CheckRule(new CrossReferencePeriodsMustNotOverlapRule(partnerValue, validFromUtc, validToUtc, existing));
        return new CrossReference
        {
            Id = Guid.CreateVersion7(),
            Kind = kind,
            PartnerId = partnerId,
            PartnerValue = partnerValue.Trim(),
            LookupValue = LookupOf(partnerValue),
            ItemId = itemId,
            Sku = sku,
            PartnerUnit = partnerUnit,
            PackSize = packSize,
            ValidFromUtc = validFromUtc,
            ValidToUtc = validToUtc,
            CreatedAtUtc = nowUtc,
        };
    }

    /// <summary>True when valid at <paramref name="atUtc"/>.</summary>
    public bool IsValidAt(DateTime atUtc) => ValidFromUtc <= atUtc && (ValidToUtc is null || atUtc < ValidToUtc);

    /// <summary>Ends the period at <paramref name="validToUtc"/> (e.g. the supplier discontinued the number).</summary>
    public void End(DateTime validToUtc)
    {
        CheckRule(new ValidityPeriodMustEndAfterStartRule(ValidFromUtc, validToUtc));
        ValidToUtc = validToUtc;
    }
}

/// <summary>A validity period ends after it starts.</summary>
public sealed class ValidityPeriodMustEndAfterStartRule(DateTime fromUtc, DateTime? toUtc) : IBusinessRule
{
    /// <inheritdoc />
    public bool IsBroken() => toUtc is { } to && to <= fromUtc;

    /// <inheritdoc />
    public string Message => $"The validity period ends ({toUtc:O}) before it starts ({fromUtc:O}).";

    /// <inheritdoc />
    public string Code => "catalog.validity-period-invalid";
}

/// <summary>A partner's number names one item at any moment: its validity periods never overlap.</summary>
public sealed class CrossReferencePeriodsMustNotOverlapRule(
    string partnerValue, DateTime fromUtc, DateTime? toUtc, IEnumerable<(DateTime From, DateTime? To)> existing) : IBusinessRule
{
    /// <inheritdoc />
    public bool IsBroken() => existing.Any(e => fromUtc < (e.To ?? DateTime.MaxValue) && e.From < (toUtc ?? DateTime.MaxValue));

    /// <inheritdoc />
    public string Message => $"The partner's number '{partnerValue}' already points to an item during part of this period; end that cross-reference first.";

    /// <inheritdoc />
    public string Code => "catalog.cross-reference-overlap";
}
