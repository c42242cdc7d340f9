using Distribution.BuildingBlocks.Application.Paging;
using Distribution.Modules.Partners.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Partners.Application.ApiClients.ListApiClients;

internal sealed class ListApiClientsQueryHandler(IApiClientRepository clients)
    : IQueryHandler<ListApiClientsQuery, CursorPage<ApiClientDto>>
{
    public async ValueTask<CursorPage<ApiClientDto>> Handle(ListApiClientsQuery query, CancellationToken cancellationToken)
    {
        var limit = Cursor.Limit(query.Limit);
        var page = await clients.ListAsync(GuidCursor.Decode(query.Cursor), limit + 1, cancellationToken);
        var items = page.Take(limit).Select(c => c.ToDto()).ToList();
        return new CursorPage<ApiClientDto>(items, page.Count > limit ? GuidCursor.Encode(items[^1].Id) : null);
    }
}
