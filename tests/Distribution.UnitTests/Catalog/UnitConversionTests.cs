using Distribution.Modules.Catalog.Domain.Items;
using Distribution.Modules.Catalog.Domain.Units;
using static Distribution.UnitTests.Catalog.CatalogRules;

namespace Distribution.UnitTests.Catalog;

[TestFixture]
public sealed class UnitConversionTests
{
    private static Item Bolt()
    {
        var item = Item.Create("BLT-1", "Bolt", null, "EA", Now);
        item.SetPack("CA", 12m, "EA", Now);
        item.SetPack("PL", 40m, "CA", Now);
        return item;
    }

    [Test]
    public void Convert_PalletToEach_MultipliesThroughEveryPackLevel()
    {
        var conversion = Bolt().Convert(2m, "PL", "EA");

        Assert.That(conversion.Result, Is.EqualTo(960m));
        Assert.That(conversion.Exact, Is.True);
    }

    [Test]
    public void Convert_EachToPallet_DividesExactlyWhenItTerminates()
    {
        Assert.That(Bolt().Convert(240m, "EA", "PL").Result, Is.EqualTo(0.5m));
        Assert.That(Bolt().Convert(24m, "EA", "CA").Result, Is.EqualTo(2m));
    }

    [Test]
    public void Convert_WhenResultDoesNotTerminate_SaysItIsNotExact()
    {
        var conversion = Bolt().Convert(5m, "EA", "CA");

        Assert.That(conversion.Exact, Is.False);
        Assert.That(conversion.Result, Is.EqualTo(5m / 12m));
    }

    [Test]
    public void Convert_CaseToCaseAcrossTheBase_IsOne()
    {
        Assert.That(Bolt().Convert(3m, "CA", "CA").Result, Is.EqualTo(3m));
    }

    [Test]
    public void Convert_DozenToEach_UsesTheFixedConversion()
    {
        Assert.That(Bolt().Convert(2m, "DZ", "CA").Result, Is.EqualTo(2m));
    }

    [Test]
    public void Convert_WhenNoPathBetweenUnits_IsNotPossible()
    {
        var rule = AssertBrokenRule<ConversionMustExistRule>(() => Bolt().Convert(1m, "BX", "EA"));

        Assert.That(rule.Code, Is.EqualTo("catalog.uom-conversion-unknown"));
    }

    [Test]
    public void Convert_WhenUnitIsUnknown_IsNotPossible()
    {
        AssertBrokenRule<UnitMustBeKnownRule>(() => Bolt().Convert(1m, "XYZ", "EA"));
    }

    [Test]
    public void SetPack_WhenItContradictsExistingLevels_IsNotPossible()
    {
        var rule = AssertBrokenRule<PackConversionsMustAgreeRule>(() => Bolt().SetPack("PL", 500m, "EA", Now));

        Assert.That(rule.Message, Does.Contain("480"));
    }

    [Test]
    public void SetPack_WhenItAgreesWithExistingLevels_IsAllowed()
    {
        var item = Bolt();

        Assert.That(item.SetPack("PL", 480m, "EA", Now), Is.True);
        Assert.That(item.Convert(1m, "PL", "EA").Result, Is.EqualTo(480m));
    }

    [Test]
    public void SetPack_WhenDozenIsNotTwelve_IsNotPossible()
    {
        AssertBrokenRule<PackConversionsMustAgreeRule>(() => Bolt().SetPack("DZ", 10m, "EA", Now));
    }

    [Test]
    public void SetPack_WhenUnitIsUnknown_IsNotPossible()
    {
        AssertBrokenRule<UnitMustBeKnownRule>(() => Bolt().SetPack("CRATE", 10m, "EA", Now));
    }

    [Test]
    public void SetPack_WhenQuantityIsNotPositive_IsNotPossible()
    {
        AssertBrokenRule<PackQuantityMustBePositiveRule>(() => Bolt().SetPack("BX", 0m, "EA", Now));
    }

    [Test]
    public void SetPack_WhenSameAsBefore_ChangesNothing()
    {
        var item = Bolt();
        item.ClearDomainEvents();

        Assert.That(item.SetPack("CA", 12m, "EA", Now), Is.False);
        Assert.That(item.DomainEvents, Is.Empty);
    }

    [Test]
    public void SetPack_ForTheSamePairTheOtherWayRound_ReplacesIt()
    {
        var item = Bolt();

        item.SetPack("EA", 0.05m, "CA", Now);

        Assert.That(item.Packs, Has.Count.EqualTo(2));
        Assert.That(item.Convert(1m, "CA", "EA").Result, Is.EqualTo(20m));
    }

    [Test]
    public void Convert_AfterPackLevelsChange_UsesTheNewLevels()
    {
        // The item keeps its unit graph between calls; every change to the pack levels must drop it.
        var item = Bolt();
        Assert.That(item.Convert(1m, "CA", "EA").Result, Is.EqualTo(12m));

        item.SetPack("CA", 24m, "EA", Now);
        Assert.That(item.Convert(1m, "CA", "EA").Result, Is.EqualTo(24m));

        item.SetPack("BX", 6m, "EA", Now);
        Assert.That(item.Convert(1m, "BX", "EA").Result, Is.EqualTo(6m));

        item.RemovePack("BX", "EA", Now);
        AssertBrokenRule<ConversionMustExistRule>(() => item.Convert(1m, "BX", "EA"));
    }

    [Test]
    public void RemovePack_WhenAnIdentifierDependsOnIt_IsNotPossible()
    {
        var item = Bolt();
        item.AddIdentifier(IdentifierKind.Gtin, "14006381333952", "PL", null, Now);

        AssertBrokenRule<PackConversionMustNotBeInUseRule>(() => item.RemovePack("PL", "CA", Now));
    }

    [Test]
    public void UnitRatio_SameAs_ComparesExactly()
    {
        Assert.That(new UnitRatio(1m, 3m).SameAs(new UnitRatio(4m, 12m)), Is.True);
        Assert.That(new UnitRatio(1m, 3m).SameAs(new UnitRatio(0.3333333333333333333333333333m, 1m)), Is.False);
    }
}
