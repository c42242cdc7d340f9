using Distribution.BuildingBlocks.Application.Paging;
using Mediator;

namespace Distribution.Modules.Catalog.Application.CrossReferences.ListCrossReferences;

/// <summary>Cross-references, optionally of one partner or one item.</summary>
/// <param name="PartnerId">Only this partner's.</param>
/// <param name="Sku">Only this item's.</param>
/// <param name="Cursor">From the previous page's <c>nextCursor</c>.</param>
/// <param name="Limit">Page size, 1–200 (default 50).</param>
public sealed record ListCrossReferencesQuery(string? PartnerId, string? Sku, string? Cursor, int? Limit) : IQuery<CursorPage<CrossReferenceDto>>;
