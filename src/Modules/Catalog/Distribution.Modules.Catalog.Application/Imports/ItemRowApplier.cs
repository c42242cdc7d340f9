using System.Globalization;
using System.Text.RegularExpressions;
using Distribution.BuildingBlocks.Domain;
using Distribution.Modules.Catalog.Application.Abstractions;
using Distribution.Modules.Catalog.Domain.Imports;
using Distribution.Modules.Catalog.Domain.Items;
using Distribution.Modules.Catalog.Domain.Units;

namespace Distribution.Modules.Catalog.Application.Imports;

/// <summary>What applying one row did.</summary>
internal sealed record RowOutcome(int RowNumber, string? Sku, ImportRowOutcome Outcome, string? ReasonCode, string? Reason);

/// <summary>
/// Applies item rows to the catalog through the <see cref="Item"/> aggregate, a chunk at a time: one query for the
/// chunk's items and one for its identifiers' owners. A row either applies whole or not at all (a row failing half
/// way has its changes dropped) and is then quarantined with the broken rule's code. Only real changes raise
/// events: a row equal to the item raises none.
/// </summary>
internal sealed partial class ItemRowApplier(IItemRepository items, TimeProvider clock)
{
    public async Task<IReadOnlyList<RowOutcome>> ApplyAsync(IReadOnlyList<(int RowNumber, ItemRow Row)> rows, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var skus = rows.Select(r => r.Row.Sku?.Trim()).OfType<string>().Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var loaded = (await items.ListBySkusAsync(skus, cancellationToken)).ToDictionary(i => i.Sku, StringComparer.Ordinal);
        var keys = rows.SelectMany(r => IdentifiersOf(r.Row)).Select(i => i.Key).Where(k => k.Length > 0).Distinct().ToList();
        var owners = new Dictionary<string, string>(await items.IdentifierOwnersAsync(keys, cancellationToken), StringComparer.Ordinal);

        var outcomes = new List<RowOutcome>(rows.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (rowNumber, row) in rows)
        {
            // The same SKU twice in one load is ambiguous (which row wins?): the later one waits for a steward.
            outcomes.Add(row.Sku?.Trim() is { Length: > 0 } sku && !seen.Add(sku)
                ? new RowOutcome(rowNumber, sku, ImportRowOutcome.Quarantined, "catalog.row-duplicate-sku", $"SKU '{sku}' appears more than once in this load.")
                : Apply(rowNumber, row, loaded, owners, now));
        }

        return outcomes;
    }

    private RowOutcome Apply(int rowNumber, ItemRow row, Dictionary<string, Item> loaded, Dictionary<string, string> owners, DateTime now)
    {
        var sku = row.Sku?.Trim();
        if (Invalid(row) is { } invalid)
        {
            return new RowOutcome(rowNumber, sku, ImportRowOutcome.Quarantined, invalid.Code, invalid.Message);
        }

        var baseUnit = row.BaseUnit!.Trim().ToUpperInvariant();
        loaded.TryGetValue(sku!, out var item);
        var isNew = item is null;
        if (item is not null && !string.Equals(item.BaseUnit, baseUnit, StringComparison.Ordinal))
        {
            return new RowOutcome(rowNumber, sku, ImportRowOutcome.Quarantined, "catalog.base-unit-change",
                $"Item '{sku}' is counted in {item.BaseUnit}; a load cannot change it to {baseUnit} (stock and prices are in the base unit).");
        }

        try
        {
            item ??= Item.Create(sku!, row.Name!.Trim(), Empty(row.Description), baseUnit, now);
            var changed = item.ChangeDetails(row.Name!.Trim(), Empty(row.Description) ?? item.Description, now);
            if (Empty(row.Status) is { } status)
            {
                changed |= item.ChangeStatus(Enum.Parse<ItemStatus>(status, ignoreCase: true), now);
            }

            foreach (var pack in ParsePacks(row.Packs))
            {
                changed |= item.SetPack(pack.FromUnit, pack.Quantity, pack.ToUnit, now);
            }

            foreach (var (kind, value, key) in IdentifiersOf(row))
            {
                changed |= item.AddIdentifier(kind, value, null, owners.GetValueOrDefault(key), now);
            }

            foreach (var identifier in item.Identifiers)
            {
                owners[identifier.LookupKey] = item.Sku;
            }

            if (isNew)
            {
                items.Add(item);
                loaded[item.Sku] = item;
                return new RowOutcome(rowNumber, sku, ImportRowOutcome.Accepted, null, null);
            }

            return new RowOutcome(rowNumber, sku, changed ? ImportRowOutcome.Updated : ImportRowOutcome.Unchanged, null, null);
        }
        catch (BusinessRuleValidationException broken)
        {
            if (!isNew)
            {
                // Half-applied: drop this item's pending changes; a later row for the same SKU reloads it.
                items.Forget(item!);
                loaded.Remove(item!.Sku);
            }

            return new RowOutcome(rowNumber, sku, ImportRowOutcome.Quarantined, broken.BrokenRule.Code, broken.BrokenRule.Message);
        }
    }

    // Shape checks that need no database; the aggregate checks the rest (units, check digits, pack consistency).
    private static (string Code, string Message)? Invalid(ItemRow row)
    {
        if (row.TooLong() is { } tooLong)
        {
            return ("catalog.row-invalid", $"The {tooLong.Field} is longer than {tooLong.Max} characters.");
        }

        var sku = row.Sku?.Trim();
        if (string.IsNullOrEmpty(sku) || sku.Length > 64 || !SkuPattern().IsMatch(sku))
        {
            return ("catalog.row-invalid", "The SKU is missing or not valid (letters, digits, '.', '_', '-'; up to 64).");
        }

        if (string.IsNullOrWhiteSpace(row.Name) || row.Name.Length > 200)
        {
            return ("catalog.row-invalid", "The name is missing or longer than 200 characters.");
        }

        if (string.IsNullOrWhiteSpace(row.BaseUnit))
        {
            return ("catalog.row-invalid", "The base unit is missing.");
        }

        if (!UnitsOfMeasure.IsKnown(row.BaseUnit.Trim().ToUpperInvariant()))
        {
            return ("catalog.unit-unknown", $"'{row.BaseUnit}' is not a known unit of measure.");
        }

        if (Empty(row.Status) is { } status && !Enum.TryParse<ItemStatus>(status, ignoreCase: true, out _))
        {
            return ("catalog.row-invalid", $"'{status}' is not a status (active, discontinued, inactive).");
        }

        if (Empty(row.Packs) is { } packs && !TryParsePacks(packs, out _))
        {
            return ("catalog.row-invalid", $"Packs '{packs}' are not in the form 'CA=12 EA; PL=40 CA'.");
        }

        foreach (var (kind, value) in new[] { (IdentifierKind.Gtin, row.Gtin), (IdentifierKind.Upc, row.Upc), (IdentifierKind.ManufacturerPart, row.ManufacturerPart) })
        {
            if (Empty(value) is { } given && !IdentifierFormat.TryNormalise(kind, given, out _, out _, out var error))
            {
                return ("catalog.identifier-invalid", error);
            }
        }

        return null;
    }

    private static IEnumerable<(IdentifierKind Kind, string Value, string Key)> IdentifiersOf(ItemRow row)
    {
        foreach (var (kind, value) in new[] { (IdentifierKind.Gtin, row.Gtin), (IdentifierKind.Upc, row.Upc), (IdentifierKind.ManufacturerPart, row.ManufacturerPart) })
        {
            if (Empty(value) is { } given && IdentifierFormat.TryNormalise(kind, given, out var normalised, out var key, out _))
            {
                yield return (kind, normalised, key);
            }
        }
    }

    private static IReadOnlyList<PackConversion> ParsePacks(string? packs) =>
        Empty(packs) is { } text && TryParsePacks(text, out var parsed) ? parsed : [];

    private static bool TryParsePacks(string text, out List<PackConversion> packs)
    {
        packs = [];
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = PackPattern().Match(part);
            if (!match.Success || !decimal.TryParse(match.Groups[2].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var quantity))
            {
                return false;
            }

            packs.Add(new PackConversion(match.Groups[1].Value.ToUpperInvariant(), quantity, match.Groups[3].Value.ToUpperInvariant()));
        }

        return true;
    }

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex SkuPattern();

    [GeneratedRegex(@"^([A-Za-z0-9]{1,10})\s*=\s*([0-9]+(?:\.[0-9]+)?)\s*([A-Za-z0-9]{1,10})$")]
    private static partial Regex PackPattern();
}
