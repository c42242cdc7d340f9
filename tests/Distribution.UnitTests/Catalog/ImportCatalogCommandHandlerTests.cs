using System.Text;
using System.Text.Json;
using Distribution.BuildingBlocks.Application.Correlation;
using Distribution.Modules.Catalog.Application.Abstractions;
using Distribution.Modules.Catalog.Application.Imports;
using Distribution.Modules.Catalog.Application.Imports.ImportCatalog;
using Distribution.Modules.Catalog.Contracts.Items;
using Distribution.Modules.Catalog.Domain.Imports;
using Distribution.Modules.Catalog.Domain.Items;
using Microsoft.Extensions.Time.Testing;
using static Distribution.UnitTests.Catalog.CatalogRules;

namespace Distribution.UnitTests.Catalog;

[TestFixture]
public sealed class ImportCatalogCommandHandlerTests
{
    private readonly List<CatalogImportChunk> _written = [];
    private ICatalogImportWriter _writer = null!;
    private ICatalogUnitOfWork _unitOfWork = null!;
    private ImportCatalogCommandHandler _handler = null!;
    private Item _bolt = null!;

    [SetUp]
    public void SetUp()
    {
        _bolt = Item.Create("BLT-1", "Bolt", null, "EA", Now);
        _bolt.ClearDomainEvents();
        var items = Substitute.For<IItemRepository>();
        items.ReadBySkusAsync(Arg.Any<IReadOnlyCollection<string>>(), Arg.Any<CancellationToken>()).Returns([_bolt]);
        items.IdentifierOwnersAsync(Arg.Any<IReadOnlyCollection<string>>(), Arg.Any<CancellationToken>()).Returns(new Dictionary<string, string>());
        _writer = Substitute.For<ICatalogImportWriter>();
        _writer.Prepare(Arg.Any<CatalogImportChunk>()).Returns(call => new PreparedChunk(call.Arg<CatalogImportChunk>()));
        _writer.WriteAsync(Arg.Do<PreparedImportChunk>(p => _written.Add(p.Chunk)), Arg.Any<CancellationToken>()).Returns(Task.CompletedTask);
        _unitOfWork = Substitute.For<ICatalogUnitOfWork>();
        var correlation = Substitute.For<ICorrelationContext>();
        correlation.CorrelationId.Returns("corr-1");
        var clock = new FakeTimeProvider(new DateTimeOffset(Now));
        _handler = new ImportCatalogCommandHandler(
            Substitute.For<ICatalogImportRepository>(), new ItemRowApplier(items, clock), _writer, _unitOfWork, correlation, clock);
    }

    [Test]
    public async Task Handle_MixedRows_WritesNewAndChangedItemsUntrackedWithEventsOnlyForRealChanges()
    {
        var import = await _handler.Handle(Command(
            new ItemRow("BLT-1", "Bolt M8", null, "EA", null, null, null, null, null),
            new ItemRow("NEW-1", "New", null, "EA", null, "4006381333931", null, null, "CA=12 EA"),
            new ItemRow("BLT-1", "Bolt again", null, "EA", null, null, null, null, null),
            new ItemRow("BAD-1", "Bad", null, "EA", null, "4006381333932", null, null, null)), CancellationToken.None);

        var chunk = _written.Single();
        Assert.That(chunk.Rows.Select(r => r.Outcome), Is.EqualTo(new[]
        {
            ImportRowOutcome.Updated, ImportRowOutcome.Accepted, ImportRowOutcome.Quarantined, ImportRowOutcome.Quarantined,
        }));
        Assert.That(chunk.NewItems.Select(i => i.Sku), Is.EqualTo(new[] { "NEW-1" }));
        Assert.That(chunk.ChangedItems.Select(c => (c.Item.Sku, string.Join(",", c.Changes))), Is.EqualTo(new[] { ("BLT-1", "details") }));
        Assert.That(chunk.Issues.Select(i => i.ReasonCode), Is.EqualTo(new[] { "catalog.row-duplicate-sku", "catalog.identifier-invalid" }));
        Assert.That(chunk.Rows.Where(r => r.IssueId is not null).Select(r => r.IssueId), Is.EqualTo(chunk.Issues.Select(i => (Guid?)i.Id)));
        Assert.That(chunk.Events.OfType<ItemCreatedIntegrationEvent>().Single().Sku, Is.EqualTo("NEW-1"));
        Assert.That(chunk.Events.OfType<ItemChangedIntegrationEvent>().Single().Name, Is.EqualTo("Bolt M8"));
        Assert.That(chunk.Events, Has.Count.EqualTo(2));
        Assert.That(_bolt.DomainEvents, Is.Empty, "the events went to the chunk, not to a unit of work");
        Assert.That((import.Accepted, import.Updated, import.Unchanged, import.Quarantined, import.Completed), Is.EqualTo((1, 1, 0, 2, true)));
        _writer.Received(1).Dispatch();
        await _unitOfWork.Received(2).CommitAsync(Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task Handle_RowEqualToTheItem_WritesNoItemAndNoEvent()
    {
        var import = await _handler.Handle(Command(new ItemRow("BLT-1", "Bolt", null, "EA", "active", null, null, null, null)), CancellationToken.None);

        var chunk = _written.Single();
        Assert.That((chunk.NewItems.Count, chunk.ChangedItems.Count, chunk.Events.Count), Is.EqualTo((0, 0, 0)));
        Assert.That(import.Unchanged, Is.EqualTo(1));
    }

    [Test]
    public void Handle_WhenAChunkFailsToWrite_StillWakesTheDispatcherForWhatWasWritten()
    {
        _writer.WriteAsync(Arg.Any<PreparedImportChunk>(), Arg.Any<CancellationToken>()).Returns(Task.FromException(new InvalidOperationException("disk full")));

        Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await _handler.Handle(Command(new ItemRow("NEW-2", "New", null, "EA", null, null, null, null, null)), CancellationToken.None));

        _writer.Received(1).Dispatch();
        _unitOfWork.Received(1).CommitAsync(Arg.Any<CancellationToken>());
    }

    private static ImportCatalogCommand Command(params ItemRow[] rows) =>
        new("json", Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new ItemBatch("erp", "test.json", rows), new JsonSerializerOptions(JsonSerializerDefaults.Web))), "erp", "test.json");

    private sealed class PreparedChunk(CatalogImportChunk chunk) : PreparedImportChunk(chunk);
}
