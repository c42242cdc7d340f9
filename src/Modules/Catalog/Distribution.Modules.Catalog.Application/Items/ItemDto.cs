namespace Distribution.Modules.Catalog.Application.Items;

/// <summary>An item.</summary>
/// <param name="Id">Item id.</param>
/// <param name="Sku">SKU.</param>
/// <param name="Name">Name.</param>
/// <param name="Description">Description.</param>
/// <param name="BaseUnit">Base unit.</param>
/// <param name="Status">active, discontinued or inactive.</param>
/// <param name="Version">Concurrency version (also the ETag).</param>
public sealed record ItemDto(Guid Id, string Sku, string Name, string? Description, string BaseUnit, string Status, long Version);
