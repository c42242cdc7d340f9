using Distribution.BuildingBlocks.Application.Paging;
using Mediator;

namespace Distribution.Modules.Catalog.Application.Imports.ListImportRows;

/// <summary>An import's row results in row order.</summary>
/// <param name="ImportId">The import.</param>
/// <param name="Cursor">From the previous page's <c>nextCursor</c>.</param>
/// <param name="Limit">Page size, 1–200 (default 50).</param>
public sealed record ListImportRowsQuery(Guid ImportId, string? Cursor, int? Limit) : IQuery<CursorPage<ImportRowDto>>;
