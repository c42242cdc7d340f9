using Mediator;

namespace Distribution.Modules.Catalog.Application.Items.RemovePackConversion;

/// <summary>Removes a pack level (refused while an identifier's unit depends on it).</summary>
/// <param name="Sku">The item.</param>
/// <param name="FromUnit">One unit of the pair.</param>
/// <param name="ToUnit">The other unit.</param>
public sealed record RemovePackConversionCommand(string Sku, string FromUnit, string ToUnit) : ICommand<UomConversionsDto>;
