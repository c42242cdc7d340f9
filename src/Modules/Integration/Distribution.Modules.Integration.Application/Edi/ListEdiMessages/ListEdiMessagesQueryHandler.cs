using Distribution.BuildingBlocks.Application.Errors;
using Distribution.BuildingBlocks.Application.Paging;
using Distribution.BuildingBlocks.Application.Validation;
using Distribution.Modules.Integration.Application.Abstractions;
using Distribution.Modules.Integration.Domain.Edi;
using Mediator;

namespace Distribution.Modules.Integration.Application.Edi.ListEdiMessages;

internal sealed class ListEdiMessagesQueryHandler(IEdiMessageRepository messages) : IQueryHandler<ListEdiMessagesQuery, CursorPage<EdiMessageDto>>
{
    public async ValueTask<CursorPage<EdiMessageDto>> Handle(ListEdiMessagesQuery query, CancellationToken cancellationToken)
    {
        var limit = Cursor.Limit(query.Limit);
        EdiDirection? direction = query.Direction?.Trim().ToLowerInvariant() switch
        {
            null or "" => null,
            "inbound" => EdiDirection.Inbound,
            "outbound" => EdiDirection.Outbound,
            _ => throw RequestValidationException.For("direction", "Direction must be inbound or outbound."),
        };
        EdiMessageStatus? status = null;
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            status = EnumNames.TryParse<EdiMessageStatus>(query.Status, out var parsed)
                ? parsed
                : throw RequestValidationException.For("status",
                    "Status must be one of: " + string.Join(", ", Enum.GetValues<EdiMessageStatus>().Select(EdiMessageDto.Name)) + ".");
        }

        var filter = new EdiMessageFilter(query.PartnerId, direction, status, query.CorrelationId);
        var page = await messages.ListAsync(filter, GuidCursor.Decode(query.Cursor), limit + 1, cancellationToken);
        var items = page.Take(limit).Select(EdiMessageDto.From).ToList();
        return new CursorPage<EdiMessageDto>(items, page.Count > limit ? GuidCursor.Encode(items[^1].Id) : null);
    }
}
