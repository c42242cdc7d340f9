using Mediator;

namespace Distribution.Modules.Catalog.Application.Items.SetItemAttribute;

/// <summary>
/// Sets a named attribute from a source. Survivorship: a value from a lower-ranked source (configuration
/// <c>Catalog:Survivorship</c>) does not overwrite one from a higher-ranked source.
/// </summary>
/// <param name="Sku">The item.</param>
/// <param name="Name">Attribute name.</param>
/// <param name="Value">Its value.</param>
/// <param name="Source">The supplying system (erp, pim, supplier…).</param>
public sealed record SetItemAttributeCommand(string Sku, string Name, string Value, string Source) : ICommand<ItemDto>;
