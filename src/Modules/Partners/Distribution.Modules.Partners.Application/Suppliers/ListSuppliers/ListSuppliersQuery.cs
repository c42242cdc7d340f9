using Distribution.BuildingBlocks.Application.Paging;
using Mediator;

namespace Distribution.Modules.Partners.Application.Suppliers.ListSuppliers;

/// <summary>Suppliers ordered by code (a partner-bound caller sees only its own).</summary>
/// <param name="Search">Only suppliers whose code or name contains this text.</param>
/// <param name="DropShipCapable">Only drop-ship capable (true) or not (false) suppliers.</param>
/// <param name="Cursor">From the previous page's <c>nextCursor</c>.</param>
/// <param name="Limit">Page size, 1–200 (default 50).</param>
public sealed record ListSuppliersQuery(string? Search, bool? DropShipCapable, string? Cursor, int? Limit) : IQuery<CursorPage<SupplierDto>>;
