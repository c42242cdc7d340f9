using Distribution.BuildingBlocks.Application.Paging;
using Mediator;

namespace Distribution.Modules.Integration.Application.Messages.ListMessages;

/// <summary>The outbound message log, newest first.</summary>
/// <param name="CorrelationId">Only this business transaction.</param>
/// <param name="Status">pending, retrying, sent or deadLettered.</param>
/// <param name="SubscriptionId">Only this subscription.</param>
/// <param name="Cursor">From the previous page's <c>nextCursor</c>.</param>
/// <param name="Limit">Page size, 1–200 (default 50).</param>
public sealed record ListMessagesQuery(string? CorrelationId, string? Status, Guid? SubscriptionId, string? Cursor, int? Limit)
    : IQuery<CursorPage<MessageDto>>;
