using Mediator;

namespace Distribution.Modules.Catalog.Application.Imports.GetImport;

/// <summary>One import with its first row results.</summary>
/// <param name="Id">The import.</param>
public sealed record GetImportQuery(Guid Id) : IQuery<ImportDto>;
