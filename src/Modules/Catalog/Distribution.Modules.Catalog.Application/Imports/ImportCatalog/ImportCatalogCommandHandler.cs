using System.Security.Cryptography;
using System.Text.Json;
using Distribution.BuildingBlocks.Application.Correlation;
using Distribution.BuildingBlocks.Application.Errors;
using Distribution.Modules.Catalog.Application.Abstractions;
using Distribution.Modules.Catalog.Application.MasterDataIssues;
using Distribution.Modules.Catalog.Domain.Imports;
using Distribution.Modules.Catalog.Domain.MasterDataIssues;
using Mediator;

namespace Distribution.Modules.Catalog.Application.Imports.ImportCatalog;

/// <summary>
/// Claims the file's hash first (a unique key: the same file is never applied twice, even by two requests at once),
/// then applies rows in chunks, each chunk one transaction with its row results, issues and events.
/// </summary>
internal sealed class ImportCatalogCommandHandler(
    ICatalogImportRepository imports, IMasterDataIssueRepository issues, ItemRowApplier applier, ICatalogUnitOfWork unitOfWork,
    ICorrelationContext correlation, TimeProvider clock) : ICommandHandler<ImportCatalogCommand, ImportDto>
{
    public const int ChunkSize = 500;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async ValueTask<ImportDto> Handle(ImportCatalogCommand command, CancellationToken cancellationToken)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(command.Content));
        if (await imports.FindByHashAsync(hash, cancellationToken) is { } earlier)
        {
            return ImportDto.From(earlier, await imports.ListRowsAsync(earlier.Id, 0, ImportDto.RowsShown, cancellationToken), alreadyApplied: true);
        }

        var rows = ItemRowParser.Parse(command.Format, command.Content);
        if (rows.Count > ItemBatch.MaxItems)
        {
            throw RequestValidationException.For("items", $"An import has at most {ItemBatch.MaxItems} rows; split the file.");
        }

        var source = (command.Source ?? "api").Trim().ToLowerInvariant();
        var import = CatalogImport.Start(hash, command.Format, source, command.FileName, rows.Count, correlation.CorrelationId, clock.GetUtcNow().UtcDateTime);
        imports.Add(import);
        await unitOfWork.CommitAsync(cancellationToken);

        var shown = new List<ImportRowResult>();
        for (var start = 0; start < rows.Count; start += ChunkSize)
        {
            var chunk = rows.Skip(start).Take(ChunkSize).Select((row, i) => (RowNumber: start + i + 1, Row: row)).ToList();
            var outcomes = await applier.ApplyAsync(chunk, cancellationToken);
            var results = new List<ImportRowResult>(outcomes.Count);
            foreach (var outcome in outcomes)
            {
                Guid? issueId = null;
                if (outcome.Outcome == ImportRowOutcome.Quarantined)
                {
                    var issue = MasterDataIssue.Quarantine(
                        MasterDataIssuePayloads.ItemRow, JsonSerializer.Serialize(chunk[outcome.RowNumber - start - 1].Row, Json), outcome.Sku,
                        outcome.ReasonCode!, outcome.Reason!, source, import.Id, outcome.RowNumber, correlation.CorrelationId, clock.GetUtcNow().UtcDateTime);
                    issues.Add(issue);
                    issueId = issue.Id;
                }

                import.Count(outcome.Outcome);
                results.Add(new ImportRowResult(import.Id, outcome.RowNumber, outcome.Sku, outcome.Outcome, outcome.ReasonCode, outcome.Reason, issueId));
            }

            imports.AddRows(results);
            if (shown.Count < ImportDto.RowsShown)
            {
                shown.AddRange(results.Take(ImportDto.RowsShown - shown.Count));
            }

            await unitOfWork.CommitAsync(cancellationToken);
            imports.ReleaseAllBut(import);
        }

        import.Complete(clock.GetUtcNow().UtcDateTime);
        await unitOfWork.CommitAsync(cancellationToken);
        return ImportDto.From(import, shown, alreadyApplied: false);
    }
}
