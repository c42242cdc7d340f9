using Distribution.BuildingBlocks.Application.Paging;
using Mediator;

namespace Distribution.Modules.Integration.Application.Exceptions.ListExceptions;

/// <summary>The exceptions queue, newest first.</summary>
/// <param name="Status"><c>open</c> or <c>resolved</c>; null for both.</param>
/// <param name="Kind">Only this kind, e.g. <c>edi.acknowledgement-overdue</c>.</param>
/// <param name="PartnerId">Only this partner.</param>
/// <param name="Cursor">From the previous page's <c>nextCursor</c>.</param>
/// <param name="Limit">Page size, 1–200 (default 50).</param>
public sealed record ListExceptionsQuery(string? Status, string? Kind, string? PartnerId, string? Cursor, int? Limit)
    : IQuery<CursorPage<ExceptionDto>>;
