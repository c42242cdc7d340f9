using Distribution.BuildingBlocks.Application.Paging;
using Distribution.Modules.Catalog.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Catalog.Application.CrossReferences.ListCrossReferences;

internal sealed class ListCrossReferencesQueryHandler(ICrossReferenceRepository crossReferences)
    : IQueryHandler<ListCrossReferencesQuery, CursorPage<CrossReferenceDto>>
{
    public async ValueTask<CursorPage<CrossReferenceDto>> Handle(ListCrossReferencesQuery query, CancellationToken cancellationToken)
    {
        var limit = Cursor.Limit(query.Limit);
        var page = await crossReferences.ListAsync(query.PartnerId, query.Sku, GuidCursor.Decode(query.Cursor), limit + 1, cancellationToken);
        var dtos = page.Take(limit).Select(CrossReferenceDto.From).ToList();
        return new CursorPage<CrossReferenceDto>(dtos, page.Count > limit ? GuidCursor.Encode(dtos[^1].Id) : null);
    }
}
