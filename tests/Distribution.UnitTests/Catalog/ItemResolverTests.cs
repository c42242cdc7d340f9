using Distribution.Modules.Catalog.Application.Abstractions;
using Distribution.Modules.Catalog.Application.Resolution;
using Distribution.Modules.Catalog.Contracts.Resolution;
using Distribution.Modules.Catalog.Domain.CrossReferences;
using Distribution.Modules.Catalog.Domain.Items;
using Microsoft.Extensions.Time.Testing;
using static Distribution.UnitTests.Catalog.CatalogRules;

namespace Distribution.UnitTests.Catalog;

[TestFixture]
public sealed class ItemResolverTests
{
    private IItemRepository _items = null!;
    private ICrossReferenceRepository _crossReferences = null!;
    private FakeTimeProvider _clock = null!;
    private ResolutionCache _cache = null!;
    private Item _bolt = null!;

    [SetUp]
    public void SetUp()
    {
        _items = Substitute.For<IItemRepository>();
        _clock = new FakeTimeProvider(new DateTimeOffset(Now));
        _crossReferences = Substitute.For<ICrossReferenceRepository>();
        _cache = new ResolutionCache();
        _bolt = Item.Create("BLT-1", "Bolt", null, "EA", Now);
        _bolt.SetPack("BX", 100m, "EA", Now);
        _bolt.AddIdentifier(IdentifierKind.Gtin, "4006381333931", null, null, Now);
        _items.ReadBySkuAsync("BLT-1", Arg.Any<CancellationToken>()).Returns(_bolt);
        _items.ReadByIdAsync(_bolt.Id, Arg.Any<CancellationToken>()).Returns(_bolt);
        _items.ReadByIdentifierAsync("GTIN:04006381333931", Arg.Any<CancellationToken>()).Returns(_bolt);
        _crossReferences.ListForNumberAsync(Arg.Any<CrossReferenceKind>(), Arg.Any<string>(), Arg.Any<string>(), Arg.Any<CancellationToken>())
            .Returns([]);
    }

    private ItemResolver Resolver() => new(_items, _crossReferences, _cache, _clock);

    private void SupplierNumber(DateTime from, DateTime? to, string unit, decimal? packSize) =>
        _crossReferences.ListForNumberAsync(CrossReferenceKind.SupplierSku, "SUP-1", "FC-1", Arg.Any<CancellationToken>())
            .Returns([CrossReference.Create(CrossReferenceKind.SupplierSku, "SUP-1", "FC-1", _bolt.Id, _bolt.Sku, unit, packSize, from, to, [], Now)]);

    [Test]
    public async Task Resolve_Gtin_GivesTheItemInItsUnit()
    {
        var resolution = await Resolver().ResolveAsync(new ResolveItemQuery(ItemIdentifierKind.Gtin, "4006381333931"), CancellationToken.None);

        Assert.That(resolution.Resolved, Is.True);
        Assert.That(resolution.Sku, Is.EqualTo("BLT-1"));
        Assert.That(resolution.FactorToBase, Is.EqualTo(1m));
    }

    [Test]
    public async Task Resolve_SkuInAPackUnit_GivesTheFactorToTheBaseUnit()
    {
        var resolution = await Resolver().ResolveAsync(new ResolveItemQuery(ItemIdentifierKind.Sku, "BLT-1", Unit: "BX"), CancellationToken.None);

        Assert.That(resolution.FactorToBase, Is.EqualTo(100m));
    }

    [Test]
    public async Task Resolve_WhenUnitHasNoPackLevel_FailsWithConversionUnknown()
    {
        var resolution = await Resolver().ResolveAsync(new ResolveItemQuery(ItemIdentifierKind.Sku, "BLT-1", Unit: "PL"), CancellationToken.None);

        Assert.That(resolution.Resolved, Is.False);
        Assert.That(resolution.FailureCode, Is.EqualTo("catalog.uom-conversion-unknown"));
    }

    [Test]
    public async Task Resolve_WhenCheckDigitIsWrong_FailsWithoutLookingUp()
    {
        var resolution = await Resolver().ResolveAsync(new ResolveItemQuery(ItemIdentifierKind.Gtin, "4006381333932"), CancellationToken.None);

        Assert.That(resolution.FailureCode, Is.EqualTo("catalog.identifier-invalid"));
        await _items.DidNotReceiveWithAnyArgs().ReadByIdentifierAsync(default!, default);
    }

    [Test]
    public async Task Resolve_BuyerPartWithoutPartner_FailsWithPartnerRequired()
    {
        var resolution = await Resolver().ResolveAsync(new ResolveItemQuery(ItemIdentifierKind.BuyerPart, "ACME-1"), CancellationToken.None);

        Assert.That(resolution.FailureCode, Is.EqualTo("catalog.partner-required"));
    }

    [Test]
    public async Task Resolve_SupplierSkuWithItsOwnPackSize_UsesThePartnersPack()
    {
        SupplierNumber(Now.AddDays(-1), null, "CT", 1000m);

        var resolution = await Resolver().ResolveAsync(new ResolveItemQuery(ItemIdentifierKind.VendorPart, "fc-1", "SUP-1"), CancellationToken.None);

        Assert.That(resolution.Unit, Is.EqualTo("CT"));
        Assert.That(resolution.FactorToBase, Is.EqualTo(1000m));
    }

    [Test]
    public async Task Resolve_SupplierSkuOrderedInAnotherUnit_UsesOurPackLevels()
    {
        SupplierNumber(Now.AddDays(-1), null, "CT", 1000m);

        var resolution = await Resolver().ResolveAsync(new ResolveItemQuery(ItemIdentifierKind.VendorPart, "FC-1", "SUP-1", "BX"), CancellationToken.None);

        Assert.That(resolution.FactorToBase, Is.EqualTo(100m));
    }

    [Test]
    public async Task Resolve_WhenCrossReferenceHasExpired_IsUnknown()
    {
        SupplierNumber(Now.AddDays(-10), Now.AddDays(-1), "BX", null);

        var resolution = await Resolver().ResolveAsync(new ResolveItemQuery(ItemIdentifierKind.VendorPart, "FC-1", "SUP-1"), CancellationToken.None);

        Assert.That(resolution.FailureCode, Is.EqualTo("catalog.identifier-unknown"));
    }

    [Test]
    public async Task Resolve_AtADateInsideThePeriod_ResolvesIt()
    {
        SupplierNumber(Now.AddDays(-10), Now.AddDays(-1), "BX", null);

        var resolution = await Resolver().ResolveAsync(new ResolveItemQuery(ItemIdentifierKind.VendorPart, "FC-1", "SUP-1", AtUtc: Now.AddDays(-5)), CancellationToken.None);

        Assert.That(resolution.Resolved, Is.True);
    }

    [Test]
    public async Task Resolve_Twice_ReadsTheDatabaseOnce()
    {
        var query = new ResolveItemQuery(ItemIdentifierKind.Sku, "BLT-1", Unit: "BX");
        await Resolver().ResolveAsync(query, CancellationToken.None);
        await Resolver().ResolveAsync(query, CancellationToken.None);

        await _items.Received(1).ReadBySkuAsync("BLT-1", Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task Resolve_AfterACommittedChange_ReadsAgain()
    {
        var query = new ResolveItemQuery(ItemIdentifierKind.Sku, "BLT-1", Unit: "BX");
        await Resolver().ResolveAsync(query, CancellationToken.None);
        _bolt.SetPack("BX", 50m, "EA", Now);
        _cache.Invalidate();

        var resolution = await Resolver().ResolveAsync(query, CancellationToken.None);

        Assert.That(resolution.FactorToBase, Is.EqualTo(50m));
    }

    [Test]
    public async Task Resolve_WhenCrossReferencePeriodEnds_IsNotServedFromCacheAfterwards()
    {
        SupplierNumber(Now.AddDays(-1), Now.AddHours(1), "BX", null);
        var query = new ResolveItemQuery(ItemIdentifierKind.VendorPart, "FC-1", "SUP-1");
        Assert.That((await Resolver().ResolveAsync(query, CancellationToken.None)).Resolved, Is.True);

        _clock.Advance(TimeSpan.FromHours(2));

        Assert.That((await Resolver().ResolveAsync(query, CancellationToken.None)).Resolved, Is.False);
    }

    [Test]
    public void Cache_EntryComputedBeforeAnInvalidation_IsNeverServed()
    {
        var key = new ResolutionKey(ItemIdentifierKind.Sku, "BLT-1", null, null);
        var generationWhenRead = _cache.Generation;
        _cache.Invalidate();

        // The reader finishes after the commit and stores what it read before it.
        _cache.Store(key, ItemResolution.Failed("x", "stale"), generationWhenRead, null);

        Assert.That(_cache.TryGet(key, Now, out _), Is.False);
    }
}
