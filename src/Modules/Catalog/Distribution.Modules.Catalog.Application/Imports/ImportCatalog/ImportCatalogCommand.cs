using Mediator;

namespace Distribution.Modules.Catalog.Application.Imports.ImportCatalog;

/// <summary>Loads items from a CSV file or a JSON batch; the same file (by SHA-256) is applied once only.</summary>
/// <param name="Format">csv or json.</param>
/// <param name="Content">The file as received.</param>
/// <param name="Source">The sending system (a JSON batch may name it itself).</param>
/// <param name="FileName">A name for the file.</param>
public sealed record ImportCatalogCommand(string Format, byte[] Content, string? Source, string? FileName) : ICommand<ImportDto>;
