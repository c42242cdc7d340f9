using Mediator;

namespace Distribution.Modules.Catalog.Application.Items.RemoveItemSubstitute;

/// <summary>Removes a substitute of an item.</summary>
/// <param name="Sku">The item.</param>
/// <param name="SubstituteSku">The substitute to remove.</param>
public sealed record RemoveItemSubstituteCommand(string Sku, string SubstituteSku) : ICommand<ItemDto>;
