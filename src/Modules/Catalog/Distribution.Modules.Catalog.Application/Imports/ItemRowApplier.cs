using System.Globalization;
using System.Text.RegularExpressions;
using Distribution.BuildingBlocks.Application.Validation;
using Distribution.BuildingBlocks.Domain;
using Distribution.Modules.Catalog.Application.Abstractions;
using Distribution.Modules.Catalog.Domain.Imports;
using Distribution.Modules.Catalog.Domain.Items;
using Distribution.Modules.Catalog.Domain.Units;

namespace Distribution.Modules.Catalog.Application.Imports;

/// <summary>What applying one row did.</summary>
internal sealed record RowOutcome(int RowNumber, string? Sku, ImportRowOutcome Outcome, string? ReasonCode, string? Reason);

/// <summary>A row's outcome and, when it created or changed an item, that item as it now is (with its pending events).</summary>
internal sealed record AppliedRow(RowOutcome Outcome, Item? Item);

/// <summary>
/// Applies item rows to the catalog through the <see cref="Item"/> aggregate, a chunk at a time: one query for the
/// chunk's items and one for its identifiers' owners. A row either applies whole or not at all (a row failing half
/// way has its changes dropped) and is then quarantined with the broken rule's code. Only real changes raise
/// events: a row equal to the item raises none. <see cref="ApplyAsync"/> works on tracked items (the unit of work
/// saves them); <see cref="ApplyDetachedAsync"/> applies the same rules to untracked items for the set-based import
/// (ADR 0011), which writes them itself.
/// </summary>
internal sealed partial class ItemRowApplier(IItemRepository items, TimeProvider clock)
{
    /// <summary>Applies <paramref name="rows"/> (a whole load) to tracked items.</summary>
    public async Task<IReadOnlyList<RowOutcome>> ApplyAsync(IReadOnlyList<(int RowNumber, ItemRow Row)> rows, CancellationToken cancellationToken) =>
        (await ApplyCoreAsync(rows, new HashSet<string>(StringComparer.Ordinal), tracked: true, cancellationToken)).Select(a => a.Outcome).ToList();

    /// <summary>
    /// The same rules on items nobody tracks, for one chunk of a load: the caller writes what changed and publishes the
    /// items' events. <paramref name="loadSkus"/> holds the SKUs of the load's earlier chunks and takes this chunk's,
    /// so a SKU repeated anywhere in the load is a duplicate, whichever chunks its rows fall in.
    /// </summary>
    public Task<IReadOnlyList<AppliedRow>> ApplyDetachedAsync(
        IReadOnlyList<(int RowNumber, ItemRow Row)> rows, ISet<string> loadSkus, CancellationToken cancellationToken) =>
        ApplyCoreAsync(rows, loadSkus, tracked: false, cancellationToken);

    private async Task<IReadOnlyList<AppliedRow>> ApplyCoreAsync(
        IReadOnlyList<(int RowNumber, ItemRow Row)> rows, ISet<string> seen, bool tracked, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var skus = rows.Select(r => r.Row.Sku?.Trim()).OfType<string>().Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var existing = tracked ? await items.ListBySkusAsync(skus, cancellationToken) : await items.ReadBySkusAsync(skus, cancellationToken);
        var loaded = existing.ToDictionary(i => i.Sku, StringComparer.Ordinal);
        // Each row's identifiers are normalised once here; the shape checks and the apply below reuse them.
        var identifiers = new ParsedIdentifiers[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            identifiers[i] = ParseIdentifiers(rows[i].Row);
        }

        var keys = identifiers.SelectMany(p => p.Valid).Select(i => i.Key).Where(k => k.Length > 0).Distinct().ToList();
        var owners = new Dictionary<string, string>(await items.IdentifierOwnersAsync(keys, cancellationToken), StringComparer.Ordinal);

        var applied = new List<AppliedRow>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var (rowNumber, row) = rows[i];
            // The same SKU twice in one load is ambiguous (which row wins?): the later one waits for a steward.
            applied.Add(row.Sku?.Trim() is { Length: > 0 } sku && !seen.Add(sku)
                ? new AppliedRow(new RowOutcome(rowNumber, sku, ImportRowOutcome.Quarantined, "catalog.row-duplicate-sku", $"SKU '{sku}' appears more than once in this load."), null)
                : Apply(rowNumber, row, identifiers[i], loaded, owners, now, tracked));
        }

        return applied;
    }

    private AppliedRow Apply(int rowNumber, ItemRow row, ParsedIdentifiers identifiers, Dictionary<string, Item> loaded, Dictionary<string, string> owners, DateTime now, bool tracked)
    {
        var sku = row.Sku?.Trim();
        if (Invalid(row, identifiers) is { } invalid)
        {
            return Quarantined(rowNumber, sku, invalid.Code, invalid.Message);
        }

        var baseUnit = row.BaseUnit!.Trim().ToUpperInvariant();
        loaded.TryGetValue(sku!, out var item);
        var isNew = item is null;
        if (item is not null && !string.Equals(item.BaseUnit, baseUnit, StringComparison.Ordinal))
        {
            return Quarantined(rowNumber, sku, "catalog.base-unit-change",
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

            foreach (var (kind, value, key) in identifiers.Valid)
            {
                changed |= item.AddIdentifier(kind, value, null, owners.GetValueOrDefault(key), now);
            }

            foreach (var identifier in item.Identifiers)
            {
                owners[identifier.LookupKey] = item.Sku;
            }

            if (isNew)
            {
                if (tracked)
                {
                    items.Add(item);
                }

                loaded[item.Sku] = item;
                return new AppliedRow(new RowOutcome(rowNumber, sku, ImportRowOutcome.Accepted, null, null), item);
            }

            return changed
                ? new AppliedRow(new RowOutcome(rowNumber, sku, ImportRowOutcome.Updated, null, null), item)
                : new AppliedRow(new RowOutcome(rowNumber, sku, ImportRowOutcome.Unchanged, null, null), null);
        }
        catch (BusinessRuleValidationException broken)
        {
            if (!isNew)
            {
                // Half-applied: drop this item's pending changes; a later row for the same SKU reloads it.
                if (tracked)
                {
                    items.Forget(item!);
                }

                loaded.Remove(item!.Sku);
            }

            return Quarantined(rowNumber, sku, broken.BrokenRule.Code, broken.BrokenRule.Message);
        }
    }

    private static AppliedRow Quarantined(int rowNumber, string? sku, string code, string reason) =>
        new(new RowOutcome(rowNumber, sku, ImportRowOutcome.Quarantined, code, reason), null);

    /// <summary>
    /// True when applying <paramref name="rows"/> would read something writing <paramref name="written"/> changes: one
    /// of those items (by SKU) or an identifier they hold. Only rows that touch neither may be read before that write commits.
    /// </summary>
    public static bool Touches(IReadOnlyList<(int RowNumber, ItemRow Row)> rows, IEnumerable<Item> written)
    {
        var skus = new HashSet<string>(StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in written)
        {
            skus.Add(item.Sku);
            keys.UnionWith(item.Identifiers.Select(i => i.LookupKey));
        }

        return skus.Count > 0
            && rows.Any(r => (r.Row.Sku?.Trim() is { } sku && skus.Contains(sku)) || ParseIdentifiers(r.Row).Valid.Any(i => keys.Contains(i.Key)));
    }

    // Shape checks that need no database; the aggregate checks the rest (units, check digits, pack consistency).
    private static (string Code, string Message)? Invalid(ItemRow row, ParsedIdentifiers identifiers)
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

        if (Empty(row.Status) is { } status && !EnumNames.IsName<ItemStatus>(status))
        {
            return ("catalog.row-invalid", $"'{status}' is not a status (active, discontinued, inactive).");
        }

        if (Empty(row.Packs) is { } packs && !TryParsePacks(packs, out _))
        {
            return ("catalog.row-invalid", $"Packs '{packs}' are not in the form 'CA=12 EA; PL=40 CA'.");
        }

        if (identifiers.FirstError is { } error)
        {
            return ("catalog.identifier-invalid", error);
        }

        return null;
    }

    /// <summary>A row's identifiers that normalise (in the order GTIN, UPC, manufacturer part) and the first one's error that does not.</summary>
    private readonly record struct ParsedIdentifiers(RowIdentifier[] Valid, string? FirstError);

    private readonly record struct RowIdentifier(IdentifierKind Kind, string Value, string Key);

    private static ParsedIdentifiers ParseIdentifiers(ItemRow row)
    {
        List<RowIdentifier>? valid = null;
        string? error = null;
        Parse(IdentifierKind.Gtin, row.Gtin, ref valid, ref error);
        Parse(IdentifierKind.Upc, row.Upc, ref valid, ref error);
        Parse(IdentifierKind.ManufacturerPart, row.ManufacturerPart, ref valid, ref error);
        return new ParsedIdentifiers(valid?.ToArray() ?? [], error);

        static void Parse(IdentifierKind kind, string? value, ref List<RowIdentifier>? valid, ref string? error)
        {
            if (Empty(value) is not { } given)
            {
                return;
            }

            if (IdentifierFormat.TryNormalise(kind, given, out var normalised, out var key, out var refused))
            {
                (valid ??= new List<RowIdentifier>(3)).Add(new RowIdentifier(kind, normalised, key));
            }
            else
            {
                error ??= refused;
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
