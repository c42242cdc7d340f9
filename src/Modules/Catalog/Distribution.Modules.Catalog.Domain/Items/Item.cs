using Distribution.BuildingBlocks.Domain;
using Distribution.Modules.Catalog.Domain.Units;

namespace Distribution.Modules.Catalog.Domain.Items;

/// <summary>
/// A product the distributor stocks or sells, identified by its SKU and counted in its base unit, with its other
/// identifiers (GTIN, UPC, part numbers), pack levels, substitutes and attributes. Every change that really changes
/// something raises one <see cref="ItemChangedDomainEvent"/> per commit; a change to the same value raises nothing.
/// </summary>
public sealed class Item : AggregateRoot<Guid>
{
    /// <summary>Most identifiers one item has (GTINs, UPCs, part numbers over all its units).</summary>
    public const int MaxIdentifiers = 50;

    /// <summary>Most pack levels one item has.</summary>
    public const int MaxPacks = 20;

    /// <summary>Most substitutes one item has.</summary>
    public const int MaxSubstitutes = 20;

    /// <summary>Most attributes one item has.</summary>
    public const int MaxAttributes = 200;

    private readonly List<ItemIdentifier> _identifiers = [];
    private readonly List<PackConversion> _packs = [];
    private readonly List<ItemSubstitution> _substitutions = [];
    private readonly List<ItemAttribute> _attributes = [];
    private ItemChangedDomainEvent? _pendingChange;
    private List<string>? _pendingChanges;

    // The unit graph of _packs, built when first needed and dropped when the pack levels change (see Graph).
    private UnitGraph? _graph;
    private int _graphPacks = -1;

    private Item()
    {
    }

    /// <summary>The distributor's stock-keeping unit; unique.</summary>
    public string Sku { get; private set; } = string.Empty;

    /// <summary>Short name.</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>Longer description.</summary>
    public string? Description { get; private set; }

    /// <summary>The unit stock is counted in (e.g. EA).</summary>
    public string BaseUnit { get; private set; } = string.Empty;

    /// <summary>Lifecycle status.</summary>
    public ItemStatus Status { get; private set; }

    /// <summary>When it was created.</summary>
    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>When it last changed (also makes a change to a child row a change of the item, so its version moves).</summary>
    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>GTINs, UPCs and part numbers.</summary>
    public IReadOnlyList<ItemIdentifier> Identifiers => _identifiers.AsReadOnly();

    /// <summary>Pack levels (1 CA = 12 EA, 1 PL = 40 CA).</summary>
    public IReadOnlyList<PackConversion> Packs => _packs.AsReadOnly();

    /// <summary>Items that may be shipped instead, by priority.</summary>
    public IReadOnlyList<ItemSubstitution> Substitutions => _substitutions.OrderBy(s => s.Priority).ToList();

    /// <summary>Named attributes.</summary>
    public IReadOnlyList<ItemAttribute> Attributes => _attributes.AsReadOnly();

    /// <summary>Creates an active item and raises <see cref="ItemCreatedDomainEvent"/>.</summary>
    public static Item Create(string sku, string name, string? description, string baseUnit, DateTime nowUtc)
    {
        CheckRule(new UnitMustBeKnownRule(baseUnit));
        var item = new Item
        {
            Id = Guid.CreateVersion7(),
            Sku = sku,
            Name = name,
            Description = description,
            BaseUnit = baseUnit,
            Status = ItemStatus.Active,
            CreatedAtUtc = nowUtc,
            UpdatedAtUtc = nowUtc,
        };
        item.Raise(new ItemCreatedDomainEvent(item.Id, sku, name, baseUnit, nowUtc));
        return item;
    }

    /// <summary>Changes name and description; false when both are already so.</summary>
    public bool ChangeDetails(string name, string? description, DateTime nowUtc)
    {
        if (Name == name && Description == description)
        {
            return false;
        }

        Name = name;
        Description = description;
        Touch("details", nowUtc);
        return true;
    }

    /// <summary>Moves the item to another lifecycle status; false when it is already there.</summary>
    public bool ChangeStatus(ItemStatus status, DateTime nowUtc)
    {
        if (Status == status)
        {
            return false;
        }

        Status = status;
        Touch("status", nowUtc);
        return true;
    }

    /// <summary>
    /// Adds (or re-points to another unit) an identifier. <paramref name="ownerSku"/> is the SKU of the item that
    /// already holds the identifier's lookup key, if any: an identifier names one item only.
    /// </summary>
    public bool AddIdentifier(IdentifierKind kind, string value, string? unit, string? ownerSku, DateTime nowUtc)
    {
        // Normalised once; the rule (which says why) is checked only when it is broken.
        if (!IdentifierFormat.TryNormalise(kind, value, out var normalised, out var key, out _))
        {
            CheckRule(new IdentifierMustBeValidRule(kind, value));
        }

        CheckRule(new IdentifierMustBelongToOneItemRule(normalised, Sku, ownerSku));
        var forUnit = unit ?? BaseUnit;
        CheckRule(new UnitMustBeKnownRule(forUnit));
        CheckRule(new ConversionMustExistRule(Sku, forUnit, BaseUnit, string.Equals(forUnit, BaseUnit, StringComparison.Ordinal) || Graph().Ratio(forUnit, BaseUnit) is not null));

        var existing = _identifiers.Find(i => i.LookupKey == key);
        if (existing is not null && existing.Kind == kind && existing.Value == normalised && existing.Unit == forUnit)
        {
            return false;
        }

        if (existing is not null)
        {
            _identifiers.Remove(existing);
        }
        else
        {
            CheckRule(new ItemListMustStayBoundedRule("identifiers", _identifiers.Count, MaxIdentifiers));
        }

        _identifiers.Add(new ItemIdentifier(kind, normalised, key, forUnit));
        Touch("identifiers", nowUtc);
        return true;
    }

    /// <summary>Removes an identifier; false when the item does not have it.</summary>
    public bool RemoveIdentifier(IdentifierKind kind, string value, DateTime nowUtc)
    {
        if (!IdentifierFormat.TryNormalise(kind, value, out _, out var key, out _))
        {
            return false;
        }

        var removed = _identifiers.RemoveAll(i => i.LookupKey == key) > 0;
        if (removed)
        {
            Touch("identifiers", nowUtc);
        }

        return removed;
    }

    /// <summary>
    /// Sets the pack level <c>1 <paramref name="fromUnit"/> = <paramref name="quantity"/> <paramref name="toUnit"/></c>,
    /// replacing the same pair if present. It must agree with the levels already there.
    /// </summary>
    public bool SetPack(string fromUnit, decimal quantity, string toUnit, DateTime nowUtc)
    {
        CheckRule(new UnitMustBeKnownRule(fromUnit));
        CheckRule(new UnitMustBeKnownRule(toUnit));
        CheckRule(new PackConversionMustJoinTwoUnitsRule(fromUnit, toUnit));
        CheckRule(new PackQuantityMustBePositiveRule(quantity));

        var proposed = new PackConversion(fromUnit, quantity, toUnit);
        var current = _packs.Find(p => SamePair(p, fromUnit, toUnit));
        if (current is not null && new UnitGraph([current]).Ratio(fromUnit, toUnit) is { } was && was.SameAs(new UnitRatio(quantity, 1m)))
        {
            return false;
        }

        UnitRatio? implied;
        try
        {
            // The other levels: all of them when this pair is new (the cached graph), else all but this pair.
            implied = (current is null ? Graph() : new UnitGraph(_packs.Where(p => !SamePair(p, fromUnit, toUnit)))).Ratio(fromUnit, toUnit);
        }
        catch (OverflowException)
        {
            implied = UnitRatio.One;
        }

        CheckRule(new PackConversionsMustAgreeRule(proposed, implied));
        if (current is null)
        {
            CheckRule(new ItemListMustStayBoundedRule("pack levels", _packs.Count, MaxPacks));
        }

        if (current is not null)
        {
            _packs.Remove(current);
        }

        _packs.Add(proposed);
        _graph = null;
        Touch("packs", nowUtc);
        return true;
    }

    /// <summary>Removes a pack level; refused while an identifier's unit would lose its way to the base unit.</summary>
    public bool RemovePack(string fromUnit, string toUnit, DateTime nowUtc)
    {
        var current = _packs.Find(p => SamePair(p, fromUnit, toUnit));
        if (current is null)
        {
            return false;
        }

        var remaining = new UnitGraph(_packs.Where(p => !ReferenceEquals(p, current)));
        var stranded = _identifiers.Where(i => remaining.Ratio(i.Unit, BaseUnit) is null).Select(i => i.Value).ToList();
        CheckRule(new PackConversionMustNotBeInUseRule(fromUnit, toUnit, stranded));
        _packs.Remove(current);
        _graph = null;
        Touch("packs", nowUtc);
        return true;
    }

    /// <summary>How many <paramref name="toUnit"/> one <paramref name="fromUnit"/> is, or null when they do not connect.</summary>
    public UnitRatio? Ratio(string fromUnit, string toUnit) => Graph().Ratio(fromUnit, toUnit);

    /// <summary>
    /// Converts <paramref name="quantity"/> between two units of this item with exact decimal arithmetic.
    /// Throws (422 <c>catalog.uom-conversion-unknown</c>) when no chain of pack levels joins the units.
    /// </summary>
    public UnitConversion Convert(decimal quantity, string fromUnit, string toUnit)
    {
        CheckRule(new UnitMustBeKnownRule(fromUnit));
        CheckRule(new UnitMustBeKnownRule(toUnit));
        var ratio = Graph().Ratio(fromUnit, toUnit);
        CheckRule(new ConversionMustExistRule(Sku, fromUnit, toUnit, ratio is not null));
        var (value, exact) = ratio!.Value.Apply(quantity);
        return new UnitConversion(quantity, fromUnit, value, toUnit, exact);
    }

    /// <summary>Adds or changes a substitute (a different, existing item).</summary>
    public bool SetSubstitute(Guid substituteItemId, string substituteSku, int priority, SubstitutionReason reason, DateTime nowUtc)
    {
        CheckRule(new ItemCannotSubstituteItselfRule(Id, substituteItemId));
        var existing = _substitutions.Find(s => s.SubstituteItemId == substituteItemId);
        if (existing is not null)
        {
            if (!existing.Change(priority, reason))
            {
                return false;
            }
        }
        else
        {
            CheckRule(new ItemListMustStayBoundedRule("substitutes", _substitutions.Count, MaxSubstitutes));
            _substitutions.Add(new ItemSubstitution(substituteItemId, substituteSku, priority, reason));
        }

        Touch("substitutions", nowUtc);
        return true;
    }

    /// <summary>Removes a substitute; false when it was not one.</summary>
    public bool RemoveSubstitute(string substituteSku, DateTime nowUtc)
    {
        var removed = _substitutions.RemoveAll(s => string.Equals(s.SubstituteSku, substituteSku, StringComparison.Ordinal)) > 0;
        if (removed)
        {
            Touch("substitutions", nowUtc);
        }

        return removed;
    }

    /// <summary>
    /// Sets an attribute from <paramref name="source"/>. With a <paramref name="rankOf"/> ranking (lower wins), a value
    /// from a lower-ranked source never overwrites one from a higher-ranked source (survivorship); false then.
    /// </summary>
    public bool SetAttribute(string name, string value, string source, DateTime nowUtc, Func<string, int>? rankOf = null)
    {
        var existing = _attributes.Find(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));
        if (existing is null)
        {
            CheckRule(new ItemListMustStayBoundedRule("attributes", _attributes.Count, MaxAttributes));
            _attributes.Add(new ItemAttribute(name, value, source));
            Touch("attributes", nowUtc);
            return true;
        }

        if (rankOf is not null && rankOf(source) > rankOf(existing.Source))
        {
            return false;
        }

        if (!existing.Change(value, source))
        {
            return false;
        }

        Touch("attributes", nowUtc);
        return true;
    }

    /// <summary>Removes an attribute; false when there was none.</summary>
    public bool RemoveAttribute(string name, DateTime nowUtc)
    {
        var removed = _attributes.RemoveAll(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase)) > 0;
        if (removed)
        {
            Touch("attributes", nowUtc);
        }

        return removed;
    }

    private static bool SamePair(PackConversion pack, string fromUnit, string toUnit) =>
        (pack.FromUnit == fromUnit && pack.ToUnit == toUnit) || (pack.FromUnit == toUnit && pack.ToUnit == fromUnit);

    // Rebuilt after SetPack/RemovePack (which drop it) and whenever the count moved otherwise (EF Core filling the
    // list of an item it reads), so a graph never answers for pack levels other than the current ones.
    private UnitGraph Graph()
    {
        if (_graph is null || _graphPacks != _packs.Count)
        {
            _graph = new UnitGraph(_packs);
            _graphPacks = _packs.Count;
        }

        return _graph;
    }

    // One item-changed event per commit, naming every kind of change; none while the item is still being created.
    private void Touch(string what, DateTime nowUtc)
    {
        UpdatedAtUtc = nowUtc;
        if (DomainEvents.Any(e => e is ItemCreatedDomainEvent))
        {
            return;
        }

        if (_pendingChange is null || !DomainEvents.Contains(_pendingChange))
        {
            _pendingChanges = [];
            _pendingChange = new ItemChangedDomainEvent(Id, Sku, _pendingChanges, nowUtc);
            Raise(_pendingChange);
        }

        if (!_pendingChanges!.Contains(what))
        {
            _pendingChanges.Add(what);
        }
    }
}

/// <summary>The result of converting a quantity between two units of one item.</summary>
/// <param name="Quantity">The quantity given.</param>
/// <param name="FromUnit">Its unit.</param>
/// <param name="Result">The same amount in <paramref name="ToUnit"/>.</param>
/// <param name="ToUnit">The unit asked for.</param>
/// <param name="Exact">False only when the result does not terminate in 28 digits (5 EA → CA of 12 is 0.41666…) and was rounded.</param>
public sealed record UnitConversion(decimal Quantity, string FromUnit, decimal Result, string ToUnit, bool Exact);
