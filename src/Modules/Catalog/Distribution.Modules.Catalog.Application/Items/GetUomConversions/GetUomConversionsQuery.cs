using Mediator;

namespace Distribution.Modules.Catalog.Application.Items.GetUomConversions;

/// <summary>An item's pack levels and unit factors.</summary>
/// <param name="Sku">The item.</param>
public sealed record GetUomConversionsQuery(string Sku) : IQuery<UomConversionsDto>;
