using Distribution.BuildingBlocks.Application.Paging;
using Distribution.Modules.Integration.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Integration.Application.Subscriptions.ListSubscriptions;

internal sealed class ListSubscriptionsQueryHandler(ISubscriptionRepository subscriptions)
    : IQueryHandler<ListSubscriptionsQuery, CursorPage<SubscriptionDto>>
{
    public async ValueTask<CursorPage<SubscriptionDto>> Handle(ListSubscriptionsQuery query, CancellationToken cancellationToken)
    {
        var limit = Cursor.Limit(query.Limit);
        var page = await subscriptions.ListAsync(GuidCursor.Decode(query.Cursor), limit + 1, cancellationToken);
        var items = page.Take(limit).Select(SubscriptionDto.From).ToList();
        return new CursorPage<SubscriptionDto>(items, page.Count > limit ? GuidCursor.Encode(items[^1].Id) : null);
    }
}
