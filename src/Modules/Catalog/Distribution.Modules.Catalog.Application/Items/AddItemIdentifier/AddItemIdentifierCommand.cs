using Distribution.Modules.Catalog.Domain.Items;
using Mediator;

namespace Distribution.Modules.Catalog.Application.Items.AddItemIdentifier;

/// <summary>Gives an item a GTIN, UPC or part number (one identifier names one item).</summary>
/// <param name="Sku">The item.</param>
/// <param name="Kind">gtin, upc, manufacturerPart or vendorPart.</param>
/// <param name="Value">The identifier; GTINs and UPCs must have the right check digit.</param>
/// <param name="Unit">The unit it identifies (a case GTIN: CA); default the base unit. The unit needs a pack level.</param>
public sealed record AddItemIdentifierCommand(string Sku, IdentifierKind Kind, string Value, string? Unit) : ICommand<ItemDto>;
