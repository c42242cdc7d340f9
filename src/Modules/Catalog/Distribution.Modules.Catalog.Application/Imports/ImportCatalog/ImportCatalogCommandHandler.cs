using System.Security.Cryptography;
using System.Text.Json;
using Distribution.BuildingBlocks.Application.Correlation;
using Distribution.BuildingBlocks.Application.Errors;
using Distribution.BuildingBlocks.Application.Events;
using Distribution.Modules.Catalog.Application.Abstractions;
using Distribution.Modules.Catalog.Application.Items;
using Distribution.Modules.Catalog.Application.MasterDataIssues;
using Distribution.Modules.Catalog.Domain.Imports;
using Distribution.Modules.Catalog.Domain.Items;
using Distribution.Modules.Catalog.Domain.MasterDataIssues;
using Mediator;

namespace Distribution.Modules.Catalog.Application.Imports.ImportCatalog;

/// <summary>
/// Claims the file's hash first (a unique key: the same file is never applied twice, even by two requests at once),
/// then applies rows in chunks, each chunk one transaction with its row results, issues and events. Rows go through
/// the <see cref="Item"/> aggregate in memory (the same rules as every other change), but nothing is tracked: the
/// set-based <see cref="ICatalogImportWriter"/> writes each chunk (ADR 0011).
/// </summary>
internal sealed class ImportCatalogCommandHandler(
    ICatalogImportRepository imports, ItemRowApplier applier, ICatalogImportWriter writer, ICatalogUnitOfWork unitOfWork,
    ICorrelationContext correlation, TimeProvider clock) : ICommandHandler<ImportCatalogCommand, ImportDto>
{
    public const int ChunkSize = 5000;
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

        var chunks = rows.Select((row, i) => (RowNumber: i + 1, Row: row)).Chunk(ChunkSize).ToList();
        var shown = new List<ImportRowResult>();
        // The load's SKUs so far. Chunks are prepared one at a time, in order, so one set serves them all.
        var skus = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            var preparing = chunks.Count > 0 ? PrepareAsync(import, source, chunks[0], 0, skus, cancellationToken) : null;
            for (var c = 0; c < chunks.Count; c++)
            {
                var prepared = await preparing!;
                var written = prepared.Chunk;
                // While this chunk is written (the writer has a connection of its own), the next one is read, checked,
                // collected and encoded on another thread, unless it names an item or identifier this chunk writes:
                // then it waits for the commit, so every row sees the rows before it exactly as one chunk after another
                // would. The writer's thread then does little but SQLite's own work.
                var next = c + 1 < chunks.Count ? chunks[c + 1] : null;
                var ahead = next is not null && !ItemRowApplier.Touches(next, written.NewItems.Concat(written.ChangedItems.Select(x => x.Item)));
                var nextStart = (c + 1) * ChunkSize;
                preparing = ahead ? Task.Run(() => PrepareAsync(import, source, next!, nextStart, skus, cancellationToken), cancellationToken) : null;
                try
                {
                    await writer.WriteAsync(prepared, cancellationToken);
                }
                catch when (preparing is not null)
                {
                    // Not left running on the request's DbContext after the request has failed.
                    await preparing.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                    throw;
                }

                if (next is not null && !ahead)
                {
                    preparing = PrepareAsync(import, source, next, nextStart, skus, cancellationToken);
                }

                if (shown.Count < ImportDto.RowsShown)
                {
                    shown.AddRange(written.Rows.Take(ImportDto.RowsShown - shown.Count));
                }
            }
        }
        finally
        {
            writer.Dispatch();
        }

        import.Complete(clock.GetUtcNow().UtcDateTime);
        await unitOfWork.CommitAsync(cancellationToken);
        return ImportDto.From(import, shown, alreadyApplied: false);
    }

    // Chunks are prepared one at a time, in order (each waits for the one before it), so the import's counters the
    // writer takes for a chunk are those after it.
    private async Task<PreparedImportChunk> PrepareAsync(
        CatalogImport import, string source, (int RowNumber, ItemRow Row)[] chunk, int start, ISet<string> skus,
        CancellationToken cancellationToken)
    {
        var applied = await applier.ApplyDetachedAsync(chunk, skus, cancellationToken);
        return writer.Prepare(Collect(import, source, chunk, applied, start));
    }

    // Row results, quarantined rows and the items' events for one chunk. The events are the ones the aggregate raised,
    // turned into integration events exactly as the domain-event handlers do for a single change.
    private CatalogImportChunk Collect(
        CatalogImport import, string source, (int RowNumber, ItemRow Row)[] chunk, IReadOnlyList<AppliedRow> applied, int start)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var results = new List<ImportRowResult>(applied.Count);
        var issues = new List<MasterDataIssue>();
        var newItems = new List<Item>();
        var changedItems = new List<ChangedItem>();
        var events = new List<IIntegrationEvent>();
        foreach (var (outcome, item) in applied)
        {
            Guid? issueId = null;
            if (outcome.Outcome == ImportRowOutcome.Quarantined)
            {
                var issue = MasterDataIssue.Quarantine(
                    MasterDataIssuePayloads.ItemRow, JsonSerializer.Serialize(chunk[outcome.RowNumber - start - 1].Row, Json), outcome.Sku,
                    outcome.ReasonCode!, outcome.Reason!, source, import.Id, outcome.RowNumber, correlation.CorrelationId, now);
                issues.Add(issue);
                issueId = issue.Id;
            }

            import.Count(outcome.Outcome);
            results.Add(new ImportRowResult(import.Id, outcome.RowNumber, outcome.Sku, outcome.Outcome, outcome.ReasonCode, outcome.Reason, issueId));
            if (item is null)
            {
                continue;
            }

            IReadOnlyCollection<string> changes = [];
            foreach (var domainEvent in item.DomainEvents)
            {
                switch (domainEvent)
                {
                    case ItemCreatedDomainEvent created:
                        events.Add(ItemIntegrationEvents.Created(created));
                        break;
                    case ItemChangedDomainEvent changed:
                        events.Add(ItemIntegrationEvents.Changed(changed, item));
                        changes = changed.Changes;
                        break;
                    default:
                        throw new InvalidOperationException($"The set-based import does not publish {domainEvent.GetType().Name}.");
                }
            }

            item.ClearDomainEvents();
            if (outcome.Outcome == ImportRowOutcome.Accepted)
            {
                newItems.Add(item);
            }
            else
            {
                changedItems.Add(new ChangedItem(item, changes));
            }
        }

        return new CatalogImportChunk(import, newItems, changedItems, results, issues, events);
    }
}
