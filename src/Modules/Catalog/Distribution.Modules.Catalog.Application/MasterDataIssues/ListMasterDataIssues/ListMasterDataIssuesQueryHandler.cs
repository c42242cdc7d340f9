using Distribution.BuildingBlocks.Application.Paging;
using Distribution.Modules.Catalog.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Catalog.Application.MasterDataIssues.ListMasterDataIssues;

internal sealed class ListMasterDataIssuesQueryHandler(IMasterDataIssueRepository issues)
    : IQueryHandler<ListMasterDataIssuesQuery, CursorPage<MasterDataIssueDto>>
{
    public async ValueTask<CursorPage<MasterDataIssueDto>> Handle(ListMasterDataIssuesQuery query, CancellationToken cancellationToken)
    {
        var limit = Cursor.Limit(query.Limit);
        var page = await issues.ListAsync(query.Status, GuidCursor.Decode(query.Cursor), limit + 1, cancellationToken);
        var dtos = page.Take(limit).Select(MasterDataIssueDto.From).ToList();
        return new CursorPage<MasterDataIssueDto>(dtos, page.Count > limit ? GuidCursor.Encode(dtos[^1].Id) : null);
    }
}
