using Distribution.BuildingBlocks.Application.Paging;
using Mediator;

namespace Distribution.Modules.Partners.Application.AuditLog.ListAuditEntries;

/// <summary>Audit entries, newest first.</summary>
/// <param name="CorrelationId">Only entries of this correlation id.</param>
/// <param name="Cursor">From the previous page's <c>nextCursor</c>.</param>
/// <param name="Limit">Page size, 1–200 (default 50).</param>
public sealed record ListAuditEntriesQuery(string? CorrelationId, string? Cursor, int? Limit) : IQuery<CursorPage<AuditEntryDto>>;
