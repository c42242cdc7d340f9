using System.Globalization;
using Distribution.BuildingBlocks.Application.Errors;
using Distribution.BuildingBlocks.Application.Paging;
using Distribution.Modules.Catalog.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Catalog.Application.Imports.ListImportRows;

internal sealed class ListImportRowsQueryHandler(ICatalogImportRepository imports) : IQueryHandler<ListImportRowsQuery, CursorPage<ImportRowDto>>
{
    public async ValueTask<CursorPage<ImportRowDto>> Handle(ListImportRowsQuery query, CancellationToken cancellationToken)
    {
        _ = await imports.GetAsync(query.ImportId, cancellationToken) ?? throw new NotFoundException("Import", query.ImportId);
        var limit = Cursor.Limit(query.Limit);
        var after = Cursor.Decode(query.Cursor) is { } key
            ? int.TryParse(key, CultureInfo.InvariantCulture, out var row) ? row : throw RequestValidationException.For("cursor", "The cursor is not one this API issued.")
            : 0;
        var page = await imports.ListRowsAsync(query.ImportId, after, limit + 1, cancellationToken);
        var dtos = page.Take(limit).Select(ImportRowDto.From).ToList();
        return new CursorPage<ImportRowDto>(dtos, page.Count > limit ? Cursor.Encode(dtos[^1].RowNumber.ToString(CultureInfo.InvariantCulture)) : null);
    }
}
