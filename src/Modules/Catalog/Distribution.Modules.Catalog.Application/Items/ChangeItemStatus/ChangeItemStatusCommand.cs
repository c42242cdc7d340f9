using Distribution.Modules.Catalog.Domain.Items;
using Mediator;

namespace Distribution.Modules.Catalog.Application.Items.ChangeItemStatus;

/// <summary>Moves an item to another lifecycle status (needs <c>If-Match</c>).</summary>
/// <param name="Sku">The item.</param>
/// <param name="ExpectedVersion">From <c>If-Match</c>.</param>
/// <param name="Status">active, discontinued or inactive.</param>
public sealed record ChangeItemStatusCommand(string Sku, long ExpectedVersion, ItemStatus Status) : ICommand<ItemDto>;
