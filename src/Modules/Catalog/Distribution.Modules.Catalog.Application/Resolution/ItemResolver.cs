using Distribution.Modules.Catalog.Application.Abstractions;
using Distribution.Modules.Catalog.Application.Items;
using Distribution.Modules.Catalog.Contracts.Resolution;
using Distribution.Modules.Catalog.Domain.CrossReferences;
using Distribution.Modules.Catalog.Domain.Items;
using Distribution.Modules.Catalog.Domain.Units;

namespace Distribution.Modules.Catalog.Application.Resolution;

/// <summary>
/// Resolves a partner's line to an item and a factor to its base unit. Never guesses: an unknown number, a bad check
/// digit, an unknown unit or a unit with no pack level each give their own failure code.
/// </summary>
internal sealed class ItemResolver(IItemRepository items, ICrossReferenceRepository crossReferences, ResolutionCache cache, TimeProvider clock)
    : IItemResolver
{
    public async ValueTask<ItemResolution> ResolveAsync(ResolveItemQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var now = clock.GetUtcNow().UtcDateTime;
        var key = new ResolutionKey(query.Kind, query.Value, query.PartnerId, query.Unit);
        // Only "now" lookups are cached; a dated lookup is a history question.
        var cacheable = query.AtUtc is null;
        if (cacheable && cache.TryGet(key, now, out var cached))
        {
            return cached;
        }

        var generation = cache.Generation;
        var (resolution, stableUntil) = await ComputeAsync(query, query.AtUtc?.ToUniversalTime() ?? now, cancellationToken);
        if (cacheable)
        {
            cache.Store(key, resolution, generation, stableUntil);
        }

        return resolution;
    }

    private async Task<(ItemResolution Resolution, DateTime? StableUntil)> ComputeAsync(ResolveItemQuery query, DateTime atUtc, CancellationToken ct)
    {
        var value = query.Value?.Trim() ?? string.Empty;
        Item? item = null;
        string? impliedUnit = null;
        CrossReference? crossReference = null;
        DateTime? stableUntil = null;

        switch (query.Kind)
        {
            case ItemIdentifierKind.Sku:
                item = await items.ReadBySkuAsync(value, ct);
                break;
            case ItemIdentifierKind.Gtin or ItemIdentifierKind.Upc or ItemIdentifierKind.ManufacturerPart:
            {
                var kind = query.Kind switch
                {
                    ItemIdentifierKind.Gtin => IdentifierKind.Gtin,
                    ItemIdentifierKind.Upc => IdentifierKind.Upc,
                    _ => IdentifierKind.ManufacturerPart,
                };
                if (!IdentifierFormat.TryNormalise(kind, value, out _, out var lookupKey, out var error))
                {
                    return (ItemResolution.Failed("catalog.identifier-invalid", error), null);
                }

                item = await items.ReadByIdentifierAsync(lookupKey, ct);
                impliedUnit = item?.Identifiers.FirstOrDefault(i => i.LookupKey == lookupKey)?.Unit;
                break;
            }

            case ItemIdentifierKind.VendorPart or ItemIdentifierKind.BuyerPart:
            {
                var isBuyer = query.Kind == ItemIdentifierKind.BuyerPart;
                if (string.IsNullOrWhiteSpace(query.PartnerId))
                {
                    if (isBuyer)
                    {
                        return (ItemResolution.Failed("catalog.partner-required", "A buyer part number means something only with the customer's partner id."), null);
                    }
                }
                else
                {
                    var periods = await crossReferences.ListForNumberAsync(
                        isBuyer ? CrossReferenceKind.CustomerPart : CrossReferenceKind.SupplierSku, query.PartnerId.Trim(), CrossReference.LookupOf(value), ct);
                    crossReference = periods.FirstOrDefault(p => p.IsValidAt(atUtc));
                    // The answer holds until the current period ends or the next one begins.
                    var boundaries = periods.Select(p => p.ValidFromUtc).Where(f => f > atUtc).ToList();
                    if (crossReference?.ValidToUtc is { } validTo)
                    {
                        boundaries.Add(validTo);
                    }

                    stableUntil = boundaries.Count > 0 ? boundaries.Min() : null;
                }

                if (crossReference is not null)
                {
                    item = await items.ReadByIdAsync(crossReference.ItemId, ct);
                    impliedUnit = crossReference.PartnerUnit;
                }
                else if (!isBuyer && IdentifierFormat.TryNormalise(IdentifierKind.VendorPart, value, out _, out var vendorKey, out _))
                {
                    item = await items.ReadByIdentifierAsync(vendorKey, ct);
                    impliedUnit = item?.Identifiers.FirstOrDefault(i => i.LookupKey == vendorKey)?.Unit;
                }

                break;
            }
        }

        if (item is null)
        {
            var who = string.IsNullOrWhiteSpace(query.PartnerId) ? string.Empty : $" for partner '{query.PartnerId}'";
            return (ItemResolution.Failed("catalog.identifier-unknown", $"No item has {CatalogNames.Of(query.Kind)} '{value}'{who}."), stableUntil);
        }

        var unit = query.Unit?.Trim().ToUpperInvariant() ?? impliedUnit ?? item.BaseUnit;
        if (!UnitsOfMeasure.IsKnown(unit))
        {
            return (ItemResolution.Failed("catalog.unit-unknown", $"'{unit}' is not a known unit of measure."), stableUntil);
        }

        decimal factor;
        bool exact;
        if (crossReference is { PackSize: { } packSize } && string.Equals(unit, crossReference.PartnerUnit ?? item.BaseUnit, StringComparison.Ordinal))
        {
            (factor, exact) = (packSize, true);
        }
        else if (item.Ratio(unit, item.BaseUnit) is { } ratio)
        {
            (factor, exact) = ratio.Apply(1m);
        }
        else
        {
            return (ItemResolution.Failed("catalog.uom-conversion-unknown", $"Item '{item.Sku}' has no pack conversion between {unit} and {item.BaseUnit}."), stableUntil);
        }

        return (new ItemResolution(true, item.Id, item.Sku, item.BaseUnit, unit, factor, exact, CatalogNames.Of(item.Status), null, null), stableUntil);
    }
}
