using Distribution.BuildingBlocks.Application.Paging;
using Mediator;

namespace Distribution.Modules.Integration.Application.Edi.ListEdiMessages;

/// <summary>The EDI message log, newest first.</summary>
/// <param name="PartnerId">Only this partner.</param>
/// <param name="Direction"><c>inbound</c> or <c>outbound</c>.</param>
/// <param name="Status">Only this status (see <see cref="EdiMessageDto.Status"/>).</param>
/// <param name="CorrelationId">Only this business transaction.</param>
/// <param name="Cursor">From the previous page's <c>nextCursor</c>.</param>
/// <param name="Limit">Page size, 1–200 (default 50).</param>
public sealed record ListEdiMessagesQuery(string? PartnerId, string? Direction, string? Status, string? CorrelationId, string? Cursor, int? Limit)
    : IQuery<CursorPage<EdiMessageDto>>;
