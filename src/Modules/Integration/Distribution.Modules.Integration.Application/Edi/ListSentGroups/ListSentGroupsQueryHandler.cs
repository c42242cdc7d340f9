using Distribution.BuildingBlocks.Application.Errors;
using Distribution.BuildingBlocks.Application.Paging;
using Distribution.BuildingBlocks.Application.Validation;
using Distribution.Modules.Integration.Application.Abstractions;
using Distribution.Modules.Integration.Application.Edi.Acknowledgements;
using Distribution.Modules.Integration.Domain.Edi;
using Mediator;

namespace Distribution.Modules.Integration.Application.Edi.ListSentGroups;

internal sealed class ListSentGroupsQueryHandler(ISentGroupRepository groups) : IQueryHandler<ListSentGroupsQuery, CursorPage<SentGroupDto>>
{
    public async ValueTask<CursorPage<SentGroupDto>> Handle(ListSentGroupsQuery query, CancellationToken cancellationToken)
    {
        var limit = Cursor.Limit(query.Limit);
        SentGroupStatus? status = null;
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            status = EnumNames.TryParse<SentGroupStatus>(query.Status, out var parsed)
                ? parsed
                : throw RequestValidationException.For("status",
                    "Status must be one of: " + string.Join(", ", Enum.GetValues<SentGroupStatus>().Select(SentGroupDto.Name)) + ".");
        }

        var page = await groups.ListAsync(query.PartnerId, status, GuidCursor.Decode(query.Cursor), limit + 1, cancellationToken);
        var items = page.Take(limit).Select(SentGroupDto.From).ToList();
        return new CursorPage<SentGroupDto>(items, page.Count > limit ? GuidCursor.Encode(items[^1].Id) : null);
    }
}
