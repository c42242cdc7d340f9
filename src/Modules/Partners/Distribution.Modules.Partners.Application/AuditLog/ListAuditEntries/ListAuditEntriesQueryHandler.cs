using System.Globalization;
using Distribution.BuildingBlocks.Application.Auditing;
using Distribution.BuildingBlocks.Application.Errors;
using Distribution.BuildingBlocks.Application.Paging;
using Mediator;

namespace Distribution.Modules.Partners.Application.AuditLog.ListAuditEntries;

internal sealed class ListAuditEntriesQueryHandler(IAuditLog auditLog) : IQueryHandler<ListAuditEntriesQuery, CursorPage<AuditEntryDto>>
{
    public async ValueTask<CursorPage<AuditEntryDto>> Handle(ListAuditEntriesQuery query, CancellationToken cancellationToken)
    {
        var limit = Cursor.Limit(query.Limit);
        long? before = Cursor.Decode(query.Cursor) switch
        {
            null => null,
            var key when long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) => sequence,
            _ => throw RequestValidationException.For("cursor", "The cursor is not one this API issued."),
        };
        var correlationId = string.IsNullOrWhiteSpace(query.CorrelationId) ? null : query.CorrelationId.Trim();
        var page = await auditLog.ListAsync(before, correlationId, limit + 1, cancellationToken);
        var items = page.Take(limit).Select(AuditEntryDto.From).ToList();
        return new CursorPage<AuditEntryDto>(items,
            page.Count > limit ? Cursor.Encode(items[^1].Sequence.ToString(CultureInfo.InvariantCulture)) : null);
    }
}
