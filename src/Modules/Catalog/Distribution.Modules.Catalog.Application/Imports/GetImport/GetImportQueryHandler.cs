using Distribution.BuildingBlocks.Application.Errors;
using Distribution.Modules.Catalog.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Catalog.Application.Imports.GetImport;

internal sealed class GetImportQueryHandler(ICatalogImportRepository imports) : IQueryHandler<GetImportQuery, ImportDto>
{
    public async ValueTask<ImportDto> Handle(GetImportQuery query, CancellationToken cancellationToken)
    {
        var import = await imports.GetAsync(query.Id, cancellationToken) ?? throw new NotFoundException("Import", query.Id);
        return ImportDto.From(import, await imports.ListRowsAsync(import.Id, 0, ImportDto.RowsShown, cancellationToken), alreadyApplied: false);
    }
}
