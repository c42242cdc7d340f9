using Distribution.BuildingBlocks.Application.Errors;
using Distribution.BuildingBlocks.Application.Paging;
using Distribution.BuildingBlocks.Application.Validation;
using Distribution.Modules.Integration.Application.Abstractions;
using Distribution.Modules.Integration.Domain.Messages;
using Mediator;

namespace Distribution.Modules.Integration.Application.Messages.ListMessages;

internal sealed class ListMessagesQueryHandler(IOutboundMessageRepository messages) : IQueryHandler<ListMessagesQuery, CursorPage<MessageDto>>
{
    public async ValueTask<CursorPage<MessageDto>> Handle(ListMessagesQuery query, CancellationToken cancellationToken)
    {
        var limit = Cursor.Limit(query.Limit);
        OutboundMessageStatus? status = null;
        if (query.Status is not null)
        {
            status = EnumNames.TryParse<OutboundMessageStatus>(query.Status, out var parsed)
                ? parsed
                : throw RequestValidationException.For("status", "Status must be one of: pending, retrying, sent, deadLettered.");
        }

        var filter = new MessageFilter(query.CorrelationId, status, query.SubscriptionId);
        var page = await messages.ListAsync(filter, GuidCursor.Decode(query.Cursor), limit + 1, cancellationToken);
        var items = page.Take(limit).Select(MessageDto.From).ToList();
        return new CursorPage<MessageDto>(items, page.Count > limit ? GuidCursor.Encode(items[^1].Id) : null);
    }
}
