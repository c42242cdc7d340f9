using Distribution.Modules.Catalog.Domain.Items;
using Mediator;

namespace Distribution.Modules.Catalog.Application.Items.RemoveItemIdentifier;

/// <summary>Takes an identifier off an item.</summary>
/// <param name="Sku">The item.</param>
/// <param name="Kind">The identifier's kind.</param>
/// <param name="Value">The identifier.</param>
public sealed record RemoveItemIdentifierCommand(string Sku, IdentifierKind Kind, string Value) : ICommand<ItemDto>;
