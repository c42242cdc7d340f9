using Distribution.BuildingBlocks.Application.Errors;
using Distribution.BuildingBlocks.Application.Paging;
using Distribution.Modules.Integration.Application.Abstractions;
using Distribution.Modules.Integration.Domain.Exceptions;
using Mediator;

namespace Distribution.Modules.Integration.Application.Exceptions.ListExceptions;

internal sealed class ListExceptionsQueryHandler(IExceptionCaseRepository exceptions)
    : IQueryHandler<ListExceptionsQuery, CursorPage<ExceptionDto>>
{
    public async ValueTask<CursorPage<ExceptionDto>> Handle(ListExceptionsQuery query, CancellationToken cancellationToken)
    {
        var limit = Cursor.Limit(query.Limit);
        ExceptionStatus? status = query.Status?.Trim().ToLowerInvariant() switch
        {
            null or "" => null,
            "open" => ExceptionStatus.Open,
            "resolved" => ExceptionStatus.Resolved,
            _ => throw RequestValidationException.For("status", "Status must be open or resolved."),
        };
        var filter = new ExceptionFilter(status, query.Kind, query.PartnerId);
        var page = await exceptions.ListAsync(filter, GuidCursor.Decode(query.Cursor), limit + 1, cancellationToken);
        var items = page.Take(limit).Select(ExceptionDto.From).ToList();
        return new CursorPage<ExceptionDto>(items, page.Count > limit ? GuidCursor.Encode(items[^1].Id) : null);
    }
}
