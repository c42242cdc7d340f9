using Distribution.Modules.Catalog.Domain.Items;
using Mediator;

namespace Distribution.Modules.Catalog.Application.Items.SetItemSubstitute;

/// <summary>Adds or changes a substitute of an item.</summary>
/// <param name="Sku">The item.</param>
/// <param name="SubstituteSku">The item that may be shipped instead.</param>
/// <param name="Priority">1 is offered first.</param>
/// <param name="Reason">equivalent, upgrade, replacement or outOfStock.</param>
public sealed record SetItemSubstituteCommand(string Sku, string SubstituteSku, int Priority, SubstitutionReason Reason) : ICommand<ItemDto>;
