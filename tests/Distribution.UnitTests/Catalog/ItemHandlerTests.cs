using Distribution.BuildingBlocks.Application.Errors;
using Distribution.BuildingBlocks.Domain;
using Distribution.Modules.Catalog.Application.Abstractions;
using Distribution.Modules.Catalog.Application.Imports;
using Distribution.Modules.Catalog.Application.Items.AddItemIdentifier;
using Distribution.Modules.Catalog.Application.Items.ChangeItemStatus;
using Distribution.Modules.Catalog.Domain.Imports;
using Distribution.Modules.Catalog.Domain.Items;
using Microsoft.Extensions.Time.Testing;
using static Distribution.UnitTests.Catalog.CatalogRules;

namespace Distribution.UnitTests.Catalog;

[TestFixture]
public sealed class ItemHandlerTests
{
    private IItemRepository _items = null!;
    private ICatalogUnitOfWork _unitOfWork = null!;
    private FakeTimeProvider _clock = null!;
    private Item _bolt = null!;

    [SetUp]
    public void SetUp()
    {
        _items = Substitute.For<IItemRepository>();
        _clock = new FakeTimeProvider(new DateTimeOffset(Now));
        _unitOfWork = Substitute.For<ICatalogUnitOfWork>();
        _bolt = Item.Create("BLT-1", "Bolt", null, "EA", Now);
        _bolt.ClearDomainEvents();
        _items.FindBySkuAsync("BLT-1", Arg.Any<CancellationToken>()).Returns(_bolt);
        _items.ListBySkusAsync(Arg.Any<IReadOnlyCollection<string>>(), Arg.Any<CancellationToken>()).Returns([_bolt]);
        _items.IdentifierOwnersAsync(Arg.Any<IReadOnlyCollection<string>>(), Arg.Any<CancellationToken>()).Returns(new Dictionary<string, string>());
    }

    [Test]
    public void AddIdentifier_WhenAnotherItemOwnsIt_Is422AndCommitsNothing()
    {
        _items.IdentifierOwnersAsync(Arg.Any<IReadOnlyCollection<string>>(), Arg.Any<CancellationToken>())
            .Returns(new Dictionary<string, string> { ["GTIN:04006381333931"] = "NUT-1" });
        var handler = new AddItemIdentifierCommandHandler(_items, _unitOfWork, _clock);

        var exception = Assert.ThrowsAsync<BusinessRuleValidationException>(async () =>
            await handler.Handle(new AddItemIdentifierCommand("BLT-1", IdentifierKind.Gtin, "4006381333931", null), CancellationToken.None));

        Assert.That(exception!.BrokenRule.Code, Is.EqualTo("catalog.identifier-taken"));
        _unitOfWork.DidNotReceiveWithAnyArgs().CommitAsync(default);
    }

    [Test]
    public async Task AddIdentifier_WhenFree_Commits()
    {
        var handler = new AddItemIdentifierCommandHandler(_items, _unitOfWork, _clock);

        var dto = await handler.Handle(new AddItemIdentifierCommand("BLT-1", IdentifierKind.Upc, "036000291452", null), CancellationToken.None);

        Assert.That(dto.Identifiers.Single().Kind, Is.EqualTo("upc"));
        await _unitOfWork.Received(1).CommitAsync(Arg.Any<CancellationToken>());
    }

    [Test]
    public void ChangeStatus_WhenVersionIsStale_Is412()
    {
        var handler = new ChangeItemStatusCommandHandler(_items, _unitOfWork, _clock);

        var exception = Assert.ThrowsAsync<PreconditionException>(async () =>
            await handler.Handle(new ChangeItemStatusCommand("BLT-1", 7, ItemStatus.Inactive), CancellationToken.None));

        Assert.That(exception!.Missing, Is.False);
        Assert.That(_bolt.Status, Is.EqualTo(ItemStatus.Active));
    }

    [Test]
    public async Task ChangeStatus_ToTheSameStatus_DoesNotCommit()
    {
        var handler = new ChangeItemStatusCommandHandler(_items, _unitOfWork, _clock);

        await handler.Handle(new ChangeItemStatusCommand("BLT-1", _bolt.Version, ItemStatus.Active), CancellationToken.None);

        await _unitOfWork.DidNotReceiveWithAnyArgs().CommitAsync(default);
    }

    [Test]
    public async Task ApplyRows_WhenRowEqualsTheItem_IsUnchangedAndRaisesNothing()
    {
        var applier = new ItemRowApplier(_items, _clock);

        var outcome = (await applier.ApplyAsync([(1, new ItemRow("BLT-1", "Bolt", null, "EA", "active", null, null, null, null))], CancellationToken.None))[0];

        Assert.That(outcome.Outcome, Is.EqualTo(ImportRowOutcome.Unchanged));
        Assert.That(_bolt.DomainEvents, Is.Empty);
    }

    [Test]
    public async Task ApplyRows_WhenNameChanges_IsUpdated()
    {
        var applier = new ItemRowApplier(_items, _clock);

        var outcome = (await applier.ApplyAsync([(1, new ItemRow("BLT-1", "Bolt M8", null, "EA", null, null, null, null, "BX=100 EA"))], CancellationToken.None))[0];

        Assert.That(outcome.Outcome, Is.EqualTo(ImportRowOutcome.Updated));
        Assert.That(_bolt.DomainEvents.OfType<ItemChangedDomainEvent>().Single().Changes, Is.EquivalentTo(new[] { "details", "packs" }));
    }

    [Test]
    public async Task ApplyRows_WhenNewRowHasBadCheckDigit_IsQuarantinedAndNotAdded()
    {
        var applier = new ItemRowApplier(_items, _clock);

        var outcome = (await applier.ApplyAsync([(1, new ItemRow("NEW-1", "New", null, "EA", null, "4006381333932", null, null, null))], CancellationToken.None))[0];

        Assert.That(outcome.Outcome, Is.EqualTo(ImportRowOutcome.Quarantined));
        Assert.That(outcome.ReasonCode, Is.EqualTo("catalog.identifier-invalid"));
        _items.DidNotReceiveWithAnyArgs().Add(default!);
    }

    [Test]
    public async Task ApplyRows_WhenPackContradictsExisting_QuarantinesAndForgetsTheHalfAppliedItem()
    {
        _bolt.SetPack("BX", 100m, "EA", Now);
        _bolt.ClearDomainEvents();
        var applier = new ItemRowApplier(_items, _clock);

        var outcome = (await applier.ApplyAsync([(1, new ItemRow("BLT-1", "Renamed", null, "EA", null, null, null, null, "CA=10 BX; CA=999 EA"))], CancellationToken.None))[0];

        Assert.That(outcome.ReasonCode, Is.EqualTo("catalog.pack-conversion-inconsistent"));
        _items.Received(1).Forget(_bolt);
    }

    [Test]
    public async Task ApplyRows_WhenSkuAppearsTwice_QuarantinesTheSecond()
    {
        var applier = new ItemRowApplier(_items, _clock);
        var row = new ItemRow("NEW-1", "New", null, "EA", null, null, null, null, null);

        var outcomes = await applier.ApplyAsync([(1, row), (2, row)], CancellationToken.None);

        Assert.That(outcomes.Select(o => o.Outcome), Is.EqualTo(new[] { ImportRowOutcome.Accepted, ImportRowOutcome.Quarantined }));
        Assert.That(outcomes[1].ReasonCode, Is.EqualTo("catalog.row-duplicate-sku"));
    }

    [Test]
    public async Task ApplyRows_WhenBaseUnitWouldChange_IsQuarantined()
    {
        var applier = new ItemRowApplier(_items, _clock);

        var outcome = (await applier.ApplyAsync([(1, new ItemRow("BLT-1", "Bolt", null, "BX", null, null, null, null, null))], CancellationToken.None))[0];

        Assert.That(outcome.ReasonCode, Is.EqualTo("catalog.base-unit-change"));
    }
}
