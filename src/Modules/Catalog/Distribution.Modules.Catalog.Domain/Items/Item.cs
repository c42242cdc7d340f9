using Distribution.BuildingBlocks.Domain;

namespace Distribution.Modules.Catalog.Domain.Items;

/// <summary>A product the distributor stocks or sells, identified by its SKU and counted in its base unit.</summary>
public sealed class Item : AggregateRoot<Guid>
{
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

    /// <summary>Creates an active item and raises <see cref="ItemCreatedDomainEvent"/>.</summary>
    public static Item Create(string sku, string name, string? description, string baseUnit, DateTime nowUtc)
    {
        var item = new Item
        {
            Id = Guid.CreateVersion7(),
            Sku = sku,
            Name = name,
            Description = description,
            BaseUnit = baseUnit,
            Status = ItemStatus.Active,
            CreatedAtUtc = nowUtc,
        };
        item.Raise(new ItemCreatedDomainEvent(item.Id, sku, name, baseUnit, nowUtc));
        return item;
    }
}
