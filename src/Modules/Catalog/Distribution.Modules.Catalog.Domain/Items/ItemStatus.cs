namespace Distribution.Modules.Catalog.Domain.Items;

/// <summary>Where an item is in its life.</summary>
public enum ItemStatus
{
    /// <summary>Sellable and orderable.</summary>
    Active,

    /// <summary>Being phased out: sell what is left.</summary>
    Discontinued,

    /// <summary>No longer used.</summary>
    Inactive,
}
