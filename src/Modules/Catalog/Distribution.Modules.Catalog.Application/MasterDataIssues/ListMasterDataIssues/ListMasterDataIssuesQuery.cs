using Distribution.BuildingBlocks.Application.Paging;
using Distribution.Modules.Catalog.Domain.MasterDataIssues;
using Mediator;

namespace Distribution.Modules.Catalog.Application.MasterDataIssues.ListMasterDataIssues;

/// <summary>The steward's queue, oldest first.</summary>
/// <param name="Status">Only issues in this status (e.g. open).</param>
/// <param name="Cursor">From the previous page's <c>nextCursor</c>.</param>
/// <param name="Limit">Page size, 1–200 (default 50).</param>
public sealed record ListMasterDataIssuesQuery(MasterDataIssueStatus? Status, string? Cursor, int? Limit) : IQuery<CursorPage<MasterDataIssueDto>>;
