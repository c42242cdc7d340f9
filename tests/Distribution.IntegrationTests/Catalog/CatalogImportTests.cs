using System.Net;
using System.Text;
using System.Text.Json;
using Distribution.BuildingBlocks.Application.Errors;
using Distribution.Modules.Catalog.Application.Abstractions;
using Distribution.Modules.Catalog.Application.Imports;
using Distribution.Modules.Catalog.Application.Resolution;
using Distribution.Modules.Catalog.Contracts.Items;
using Distribution.Modules.Catalog.Domain.Imports;
using Distribution.Modules.Catalog.Domain.Items;
using Distribution.Modules.Catalog.Infrastructure.Items;
using Distribution.Modules.Catalog.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.IntegrationTests.Catalog;

/// <summary>The set-based import (ADR 0011) against real SQLite: same results, rows and events as one aggregate at a time.</summary>
[TestFixture]
public sealed class CatalogImportTests
{
    private CatalogHubFactory _hub = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void StartHub()
    {
        _hub = new CatalogHubFactory();
        _client = _hub.AdminClient();
    }

    [OneTimeTearDown]
    public void StopHub()
    {
        _client.Dispose();
        _hub.Dispose();
    }

    [Test]
    public async Task Import_MixedNewChangedUnchangedAndQuarantinedRows_WritesEachAsBeforeAndEventsOnlyForRealChanges()
    {
        var gtin1 = Gtin13("400100000001");
        var gtin4 = Gtin13("400100000004");
        var first = await PostImport(new ItemBatch("erp", "mix-1.json",
        [
            new ItemRow("MIX-1", "Mixed one", null, "EA", null, gtin1, null, null, "CA=12 EA"),
            new ItemRow("MIX-2", "Mixed two", "Kept", "EA", null, null, null, "MPN-MIX-2", "BX=10 EA"),
        ]));
        Assert.That(first.GetProperty("accepted").GetInt32(), Is.EqualTo(2), first.ToString());
        var etagBefore = (await _client.GetAsync("/api/v1/items/MIX-1")).Headers.ETag?.Tag;
        // Warm the resolver's cache with answers the next load makes wrong.
        Assert.That((await Resolve("kind=sku&value=MIX-1&unit=CA")).GetProperty("factorToBase").GetDecimal(), Is.EqualTo(12m));
        Assert.That((await Resolve($"kind=gtin&value={gtin4}")).GetProperty("resolved").GetBoolean(), Is.False);
        var created = await _hub.OutboxCountAsync("catalog.item-created.v1");
        var changed = await _hub.OutboxCountAsync("catalog.item-changed.v1");

        var second = await PostImport(new ItemBatch("erp", "mix-2.json",
        [
            new ItemRow("MIX-1", "Mixed one, renamed", null, "EA", "discontinued", gtin1, null, null, "CA=24 EA"),
            new ItemRow("MIX-2", "Mixed two", "Kept", "EA", null, null, null, "MPN-MIX-2", "BX=10 EA"),
            new ItemRow("MIX-4", "Mixed four", null, "EA", null, gtin4, null, null, "CA=6 EA; PL=50 CA"),
            new ItemRow("MIX-5", "Mixed five", null, "EA", null, "4001000000050", null, null, null),
            new ItemRow("MIX-6", "Mixed six", null, "EA", null, gtin1, null, null, null),
            new ItemRow("MIX-2", "Mixed two again", null, "BX", null, null, null, null, null),
            new ItemRow("MIX-7", "Mixed seven", null, "EA", null, null, null, null, "BX=100 EA; CA=10 BX; CA=999 EA"),
        ]));

        var rows = second.GetProperty("rows").EnumerateArray().ToList();
        Assert.That(rows.Select(r => r.GetProperty("outcome").GetString()),
            Is.EqualTo(new[] { "updated", "unchanged", "accepted", "quarantined", "quarantined", "quarantined", "quarantined" }), second.ToString());
        Assert.That(rows.Skip(3).Select(r => r.GetProperty("reasonCode").GetString()), Is.EqualTo(new[]
        {
            "catalog.identifier-invalid", "catalog.identifier-taken", "catalog.row-duplicate-sku", "catalog.pack-conversion-inconsistent",
        }));
        Assert.That((second.GetProperty("accepted").GetInt32(), second.GetProperty("updated").GetInt32(), second.GetProperty("unchanged").GetInt32(),
            second.GetProperty("quarantined").GetInt32(), second.GetProperty("completed").GetBoolean()), Is.EqualTo((1, 1, 1, 4, true)));

        // Events: one created (MIX-4), one changed (MIX-1) naming every kind of change; none for the unchanged or quarantined rows.
        Assert.That(await _hub.OutboxCountAsync("catalog.item-created.v1"), Is.EqualTo(created + 1));
        Assert.That(await _hub.OutboxCountAsync("catalog.item-changed.v1"), Is.EqualTo(changed + 1));
        var change = await LastPayloadAsync("catalog.item-changed.v1");
        Assert.That(change.GetProperty("sku").GetString(), Is.EqualTo("MIX-1"));
        Assert.That(change.GetProperty("name").GetString(), Is.EqualTo("Mixed one, renamed"));
        Assert.That(change.GetProperty("status").GetString(), Is.EqualTo("discontinued"));
        Assert.That(change.GetProperty("changes").EnumerateArray().Select(c => c.GetString()), Is.EquivalentTo(new[] { "details", "status", "packs" }));

        // The rows as written read back through EF Core like any other item.
        var mix1Response = await _client.GetAsync("/api/v1/items/MIX-1");
        var mix1 = await mix1Response.JsonAsync();
        Assert.That(mix1Response.Headers.ETag?.Tag, Is.Not.EqualTo(etagBefore));
        Assert.That(mix1.GetProperty("packs").EnumerateArray().Single().GetProperty("quantity").GetDecimal(), Is.EqualTo(24m));
        Assert.That(mix1.GetProperty("identifiers").EnumerateArray().Single().GetProperty("value").GetString(), Is.EqualTo(gtin1));
        var mix4 = await (await _client.GetAsync("/api/v1/items/MIX-4")).JsonAsync();
        Assert.That(mix4.GetProperty("version").GetInt64(), Is.EqualTo(1));
        Assert.That(mix4.GetProperty("packs").GetArrayLength(), Is.EqualTo(2));
        Assert.That((await _client.GetAsync("/api/v1/items/MIX-7")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));

        // The resolver's cache never serves what the load changed.
        Assert.That((await Resolve("kind=sku&value=MIX-1&unit=CA")).GetProperty("factorToBase").GetDecimal(), Is.EqualTo(24m));
        var resolved4 = await Resolve($"kind=gtin&value={gtin4}&unit=PL");
        Assert.That((resolved4.GetProperty("sku").GetString(), resolved4.GetProperty("factorToBase").GetDecimal()), Is.EqualTo(("MIX-4", 300m)));

        // Quarantined rows are open issues carrying the row as sent.
        var issue = await (await _client.GetAsync($"/api/v1/master-data-issues/{rows[4].GetProperty("issueId").GetString()}")).JsonAsync();
        Assert.That(issue.GetProperty("status").GetString(), Is.EqualTo("open"));
        Assert.That(issue.GetProperty("payload").GetProperty("sku").GetString(), Is.EqualTo("MIX-6"));
        Assert.That(issue.GetProperty("rowNumber").GetInt32(), Is.EqualTo(5));
    }

    [Test]
    public async Task Import_MoreRowsThanOneChunk_LaterChunksSeeWhatEarlierChunksWrote()
    {
        // Two chunks (ImportCatalogCommandHandler.ChunkSize is 5,000). Row 5,102 claims row 11's GTIN: the second chunk
        // must be read after the first one committed, not ahead of it. Row 5,101 repeats row 10's SKU with a new name:
        // a duplicate in the load, as it would be in one chunk, not an update of the item the first chunk wrote.
        var count = 5203;
        var items = Enumerable.Range(1, count).Select(i => new ItemRow($"BULK-{i:D5}", $"Bulk {i}", null, "EA", null, Gtin13($"4002{i:D8}"), null, null, "CA=12 EA")).ToList();
        items[5100] = items[9] with { Name = "Bulk 10, renamed" };
        items[5101] = items[5101] with { Gtin = items[10].Gtin };
        var created = await _hub.OutboxCountAsync("catalog.item-created.v1");
        var changed = await _hub.OutboxCountAsync("catalog.item-changed.v1");

        var import = await PostImport(new ItemBatch("erp", "bulk.json", items));

        Assert.That((import.GetProperty("accepted").GetInt32(), import.GetProperty("updated").GetInt32(), import.GetProperty("quarantined").GetInt32()),
            Is.EqualTo((count - 2, 0, 2)), import.ToString());
        Assert.That(await _hub.OutboxCountAsync("catalog.item-created.v1"), Is.EqualTo(created + count - 2));
        Assert.That(await _hub.OutboxCountAsync("catalog.item-changed.v1"), Is.EqualTo(changed));
        await using var scope = _hub.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        var id = Guid.Parse(import.GetProperty("id").GetString()!);
        var results = await context.ImportRows.Where(r => r.ImportId == id).OrderBy(r => r.RowNumber).ToListAsync();
        Assert.That(results.Select(r => r.RowNumber), Is.EqualTo(Enumerable.Range(1, count)));
        Assert.That((results[5100].Outcome, results[5100].ReasonCode, results[5101].Outcome, results[5101].ReasonCode),
            Is.EqualTo((ImportRowOutcome.Quarantined, "catalog.row-duplicate-sku", ImportRowOutcome.Quarantined, "catalog.identifier-taken")));
        var first = await context.Items.AsNoTracking().SingleAsync(i => i.Sku == "BULK-00010");
        Assert.That((first.Name, first.Version, first.Identifiers.Count, first.Packs.Count), Is.EqualTo(("Bulk 10", 1L, 1, 1)));
        var last = await context.Items.AsNoTracking().SingleAsync(i => i.Sku == $"BULK-{count:D5}");
        Assert.That((last.Identifiers.Count, last.Packs.Count, last.Version), Is.EqualTo((1, 1, 1L)));
    }

    [Test]
    public async Task WriteChunk_WhenAStatementFails_RollsBackTheWholeChunkAndKeepsTheCache()
    {
        await using var scope = _hub.Services.CreateAsyncScope();
        var writer = scope.ServiceProvider.GetRequiredService<ICatalogImportWriter>();
        var cache = scope.ServiceProvider.GetRequiredService<ResolutionCache>();
        var now = DateTime.UtcNow;
        var item = Item.Create("RBK-1", "Rolled back", null, "EA", now);
        item.SetPack("CA", 12m, "EA", now);
        item.AddIdentifier(IdentifierKind.Gtin, Gtin13("400300000001"), null, null, now);
        var import = CatalogImport.Start("rollback", "json", "test", null, 2, null, now);
        var created = new ItemCreatedIntegrationEvent(Guid.CreateVersion7(), now, item.Id, item.Sku, item.Name, item.BaseUnit);
        // The second row result repeats the first's key: that insert fails after the item, its rows and the outbox row were sent.
        var rows = new[]
        {
            new ImportRowResult(import.Id, 1, "RBK-1", ImportRowOutcome.Accepted, null, null, null),
            new ImportRowResult(import.Id, 1, "RBK-1", ImportRowOutcome.Accepted, null, null, null),
        };
        var generation = cache.Generation;
        var outboxBefore = await _hub.OutboxCountAsync("catalog.item-created.v1");

        Assert.ThrowsAsync<ConflictException>(async () => await writer.WriteAsync(
            writer.Prepare(new CatalogImportChunk(import, [item], [], rows, [], [created])), CancellationToken.None));

        var context = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        Assert.That(await context.Items.AnyAsync(i => i.Sku == "RBK-1"), Is.False);
        Assert.That(await context.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"ItemPacks\" WHERE \"ItemId\" NOT IN (SELECT \"Id\" FROM \"Items\")").SingleAsync(), Is.Zero);
        Assert.That(await context.ImportRows.AnyAsync(r => r.ImportId == import.Id), Is.False);
        Assert.That(await _hub.OutboxCountAsync("catalog.item-created.v1"), Is.EqualTo(outboxBefore));
        Assert.That(cache.Generation, Is.EqualTo(generation));
    }

    [Test]
    public async Task WriteChunk_WhenTheItemChangedSinceItWasRead_Is412AndWritesNothing()
    {
        await PostImport(new ItemBatch("erp", "stale.json", [new ItemRow("STL-1", "Stale", null, "EA", null, null, null, null, null)]));
        await using var scope = _hub.Services.CreateAsyncScope();
        var writer = scope.ServiceProvider.GetRequiredService<ICatalogImportWriter>();
        var items = scope.ServiceProvider.GetRequiredService<IItemRepository>();
        var item = (await items.ReadBySkuAsync("STL-1", CancellationToken.None))!;
        var renamed = await _client.PutJsonAsync("/api/v1/items/STL-1/uom-conversions", new PackBody("BX", 5m, "EA"));
        Assert.That(renamed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        item.ChangeDetails("Stale write", null, DateTime.UtcNow);
        var import = CatalogImport.Start("stale-write", "json", "test", null, 1, null, DateTime.UtcNow);

        Assert.ThrowsAsync<PreconditionException>(async () => await writer.WriteAsync(
            writer.Prepare(new CatalogImportChunk(import, [], [new ChangedItem(item, ["details"])], [], [], [])), CancellationToken.None));

        Assert.That((await (await _client.GetAsync("/api/v1/items/STL-1")).JsonAsync()).GetProperty("name").GetString(), Is.EqualTo("Stale"));
    }

    private async Task<JsonElement> PostImport(ItemBatch batch)
    {
        using var content = new StringContent(JsonSerializer.Serialize(batch, CatalogHubFactory.Json), Encoding.UTF8, "application/json");
        var response = await _client.PostAsync("/api/v1/catalog/imports", content);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        return await response.JsonAsync();
    }

    private async Task<JsonElement> Resolve(string query) => await (await _client.GetAsync("/api/v1/catalog/resolve?" + query)).JsonAsync();

    private async Task<JsonElement> LastPayloadAsync(string type)
    {
        await using var scope = _hub.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        var payloads = await context.OutboxMessages.AsNoTracking().Where(m => m.Type == type).Select(m => new { m.OccurredAtUtc, m.Payload }).ToListAsync();
        return JsonDocument.Parse(payloads.OrderBy(p => p.OccurredAtUtc).Last().Payload).RootElement.Clone();
    }

    private static string Gtin13(string body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            sum += (body[body.Length - 1 - i] - '0') * (i % 2 == 0 ? 3 : 1);
        }

        return body + (char)('0' + ((10 - (sum % 10)) % 10));
    }
}
