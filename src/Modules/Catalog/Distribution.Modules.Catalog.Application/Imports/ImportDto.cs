using System.ComponentModel.DataAnnotations;
using Distribution.Modules.Catalog.Application.Items;
using Distribution.Modules.Catalog.Domain.Imports;

namespace Distribution.Modules.Catalog.Application.Imports;

/// <summary>A bulk load and (up to the first 1,000 of) its row results.</summary>
/// <param name="Id">Import id.</param>
/// <param name="Source">The sending system.</param>
/// <param name="Format">csv or json.</param>
/// <param name="FileName">The file name, if given.</param>
/// <param name="FileHash">SHA-256 of the file: the same file is never applied twice.</param>
/// <param name="TotalRows">Rows read.</param>
/// <param name="Accepted">Rows that created an item.</param>
/// <param name="Updated">Rows that changed an item.</param>
/// <param name="Unchanged">Rows that changed nothing (no event).</param>
/// <param name="Quarantined">Rows sent to the master-data issue queue.</param>
/// <param name="Completed">False while rows are being applied.</param>
/// <param name="ReceivedAtUtc">When it was received.</param>
/// <param name="AlreadyApplied">True when this file had been received before: nothing was applied now, this is the first import.</param>
/// <param name="Rows">Row results (the first 1,000; page through <c>/catalog/imports/{id}/rows</c> for all).</param>
public sealed record ImportDto(
    Guid Id, string Source, string Format, string? FileName, string FileHash, int TotalRows, int Accepted, int Updated, int Unchanged,
    int Quarantined, bool Completed, DateTime ReceivedAtUtc, bool AlreadyApplied, [property: MaxLength(ImportDto.RowsShown)] IReadOnlyList<ImportRowDto> Rows)
{
    /// <summary>Rows included in the import's own response.</summary>
    public const int RowsShown = 1000;

    /// <summary>The DTO of an import.</summary>
    public static ImportDto From(CatalogImport import, IReadOnlyList<ImportRowResult> rows, bool alreadyApplied)
    {
        ArgumentNullException.ThrowIfNull(import);
        ArgumentNullException.ThrowIfNull(rows);
        return new ImportDto(import.Id, import.Source, import.Format, import.FileName, import.FileHash, import.TotalRows, import.Accepted,
            import.Updated, import.Unchanged, import.Quarantined, import.Completed, import.ReceivedAtUtc, alreadyApplied,
            rows.Select(ImportRowDto.From).ToList());
    }
}

/// <summary>What happened to one row.</summary>
/// <param name="RowNumber">1-based row number (after the CSV header).</param>
/// <param name="Sku">The row's SKU.</param>
/// <param name="Outcome">accepted, updated, unchanged or quarantined.</param>
/// <param name="ReasonCode">Why it was quarantined.</param>
/// <param name="Reason">The reason in words.</param>
/// <param name="IssueId">The master-data issue it became.</param>
public sealed record ImportRowDto(int RowNumber, string? Sku, string Outcome, string? ReasonCode, string? Reason, Guid? IssueId)
{
    /// <summary>The DTO of a row result.</summary>
    public static ImportRowDto From(ImportRowResult row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new ImportRowDto(row.RowNumber, row.Sku, CatalogNames.Of(row.Outcome), row.ReasonCode, row.Reason, row.IssueId);
    }
}
