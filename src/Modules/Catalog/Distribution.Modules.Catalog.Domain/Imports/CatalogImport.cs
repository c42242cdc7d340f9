using Distribution.BuildingBlocks.Domain;
using Distribution.Modules.Catalog.Domain.MasterDataIssues;

namespace Distribution.Modules.Catalog.Domain.Imports;

/// <summary>What happened to one row of an import.</summary>
public enum ImportRowOutcome
{
    /// <summary>A new item was created.</summary>
    Accepted,

    /// <summary>An existing item changed.</summary>
    Updated,

    /// <summary>The row matched the item as it was: nothing changed, no event.</summary>
    Unchanged,

    /// <summary>The row failed validation and went to the master-data issue queue.</summary>
    Quarantined,
}

/// <summary>
/// One bulk load of items (CSV or JSON batch). The file hash is unique: the same file is never applied twice.
/// Row results are kept beside it (<see cref="ImportRowResult"/>).
/// </summary>
public sealed class CatalogImport : AggregateRoot<Guid>
{
    private CatalogImport()
    {
    }

    /// <summary>SHA-256 of the file as received (hex).</summary>
    public string FileHash { get; private set; } = string.Empty;

    /// <summary><c>csv</c> or <c>json</c>.</summary>
    public string Format { get; private set; } = string.Empty;

    /// <summary>The sending system (pim, erp, supplier id…).</summary>
    public string Source { get; private set; } = string.Empty;

    /// <summary>The file's name, if given.</summary>
    public string? FileName { get; private set; }

    /// <summary>Correlation id of the request that sent it.</summary>
    public string? CorrelationId { get; private set; }

    /// <summary>Rows read.</summary>
    public int TotalRows { get; private set; }

    /// <summary>Rows that created an item.</summary>
    public int Accepted { get; private set; }

    /// <summary>Rows that changed an item.</summary>
    public int Updated { get; private set; }

    /// <summary>Rows that changed nothing.</summary>
    public int Unchanged { get; private set; }

    /// <summary>Rows sent to the issue queue.</summary>
    public int Quarantined { get; private set; }

    /// <summary>False while rows are being applied.</summary>
    public bool Completed { get; private set; }

    /// <summary>When it was received.</summary>
    public DateTime ReceivedAtUtc { get; private set; }

    /// <summary>When the last row was applied.</summary>
    public DateTime? CompletedAtUtc { get; private set; }

    /// <summary>Starts an import of <paramref name="totalRows"/> rows.</summary>
    public static CatalogImport Start(string fileHash, string format, string source, string? fileName, int totalRows, string? correlationId, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        FileHash = fileHash,
        Format = format,
        Source = source,
        FileName = fileName,
        TotalRows = totalRows,
        CorrelationId = correlationId,
        ReceivedAtUtc = nowUtc,
    };

    /// <summary>Counts one row's outcome.</summary>
    public void Count(ImportRowOutcome outcome)
    {
        switch (outcome)
        {
            case ImportRowOutcome.Accepted: Accepted++; break;
            case ImportRowOutcome.Updated: Updated++; break;
            case ImportRowOutcome.Unchanged: Unchanged++; break;
            default: Quarantined++; break;
        }
    }

    /// <summary>All rows are applied.</summary>
    public void Complete(DateTime nowUtc)
    {
        Completed = true;
        CompletedAtUtc = nowUtc;
    }
}

/// <summary>The kept result of one import row.</summary>
public sealed class ImportRowResult
{
    private ImportRowResult()
    {
    }

    /// <summary>A row's result.</summary>
    public ImportRowResult(Guid importId, int rowNumber, string? sku, ImportRowOutcome outcome, string? reasonCode, string? reason, Guid? issueId)
    {
        ImportId = importId;
        RowNumber = rowNumber;
        Sku = MasterDataIssue.Cut(sku, MasterDataIssue.SkuMaxLength);
        Outcome = outcome;
        ReasonCode = reasonCode;
        Reason = MasterDataIssue.Cut(reason, MasterDataIssue.ReasonMaxLength);
        IssueId = issueId;
    }

    /// <summary>The import.</summary>
    public Guid ImportId { get; private set; }

    /// <summary>1-based row number (the CSV header is row 0).</summary>
    public int RowNumber { get; private set; }

    /// <summary>The row's SKU.</summary>
    public string? Sku { get; private set; }

    /// <summary>What happened.</summary>
    public ImportRowOutcome Outcome { get; private set; }

    /// <summary>Why it was quarantined.</summary>
    public string? ReasonCode { get; private set; }

    /// <summary>The reason in words.</summary>
    public string? Reason { get; private set; }

    /// <summary>The master-data issue it became.</summary>
    public Guid? IssueId { get; private set; }
}
