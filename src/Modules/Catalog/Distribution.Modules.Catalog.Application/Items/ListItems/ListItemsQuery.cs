using Distribution.BuildingBlocks.Application.Paging;
using Mediator;

namespace Distribution.Modules.Catalog.Application.Items.ListItems;

/// <summary>Items ordered by SKU.</summary>
/// <param name="Search">Only items whose SKU or name contains this text.</param>
/// <param name="Cursor">From the previous page's <c>nextCursor</c>.</param>
/// <param name="Limit">Page size, 1–200 (default 50).</param>
public sealed record ListItemsQuery(string? Search, string? Cursor, int? Limit) : IQuery<CursorPage<ItemDto>>;
