using Distribution.BuildingBlocks.Application.Paging;
using Distribution.Modules.Integration.Application.Edi.Acknowledgements;
using Mediator;

namespace Distribution.Modules.Integration.Application.Edi.ListSentGroups;

/// <summary>Functional groups we sent and their 997 status, newest first.</summary>
/// <param name="PartnerId">Only this partner.</param>
/// <param name="Status">Only this status, e.g. <c>overdue</c>.</param>
/// <param name="Cursor">From the previous page's <c>nextCursor</c>.</param>
/// <param name="Limit">Page size, 1–200 (default 50).</param>
public sealed record ListSentGroupsQuery(string? PartnerId, string? Status, string? Cursor, int? Limit) : IQuery<CursorPage<SentGroupDto>>;
