using Distribution.Modules.Catalog.Domain.Items;
using Distribution.Modules.Catalog.Domain.Units;
using static Distribution.UnitTests.Catalog.CatalogRules;

namespace Distribution.UnitTests.Catalog;

[TestFixture]
public sealed class ItemIdentifierTests
{
    [TestCase(IdentifierKind.Gtin, "96385074")]        // GTIN-8
    [TestCase(IdentifierKind.Gtin, "036000291452")]    // GTIN-12
    [TestCase(IdentifierKind.Gtin, "4006381333931")]   // GTIN-13
    [TestCase(IdentifierKind.Gtin, "14006381333952")]  // GTIN-14
    [TestCase(IdentifierKind.Upc, "036000291452")]
    public void TryNormalise_WithRightCheckDigit_Accepts(IdentifierKind kind, string value)
    {
        Assert.That(IdentifierFormat.TryNormalise(kind, value, out _, out _, out var error), Is.True, error);
    }

    [TestCase(IdentifierKind.Gtin, "4006381333932", "check digit")]
    [TestCase(IdentifierKind.Gtin, "40063813339", "8, 12, 13 or 14")]
    [TestCase(IdentifierKind.Gtin, "40063813339AB", "digits only")]
    [TestCase(IdentifierKind.Upc, "4006381333931", "12 digits")]
    [TestCase(IdentifierKind.Upc, "036000291453", "check digit")]
    public void TryNormalise_WhenMalformed_SaysWhy(IdentifierKind kind, string value, string reason)
    {
        Assert.That(IdentifierFormat.TryNormalise(kind, value, out _, out _, out var error), Is.False);
        Assert.That(error, Does.Contain(reason));
    }

    [Test]
    public void LookupKey_OfUpcAndItsGtin13_IsTheSame()
    {
        IdentifierFormat.TryNormalise(IdentifierKind.Upc, "036000291452", out _, out var upcKey, out _);
        IdentifierFormat.TryNormalise(IdentifierKind.Gtin, "0036000291452", out _, out var gtinKey, out _);

        Assert.That(upcKey, Is.EqualTo(gtinKey));
    }

    [Test]
    public void AddIdentifier_WhenCheckDigitIsWrong_IsNotPossible()
    {
        var item = Item.Create("BLT-1", "Bolt", null, "EA", Now);

        var rule = AssertBrokenRule<IdentifierMustBeValidRule>(() => item.AddIdentifier(IdentifierKind.Gtin, "4006381333932", null, null, Now));

        Assert.That(rule.Code, Is.EqualTo("catalog.identifier-invalid"));
    }

    [Test]
    public void AddIdentifier_WhenAnotherItemHasIt_IsNotPossible()
    {
        var item = Item.Create("BLT-1", "Bolt", null, "EA", Now);

        AssertBrokenRule<IdentifierMustBelongToOneItemRule>(() => item.AddIdentifier(IdentifierKind.Gtin, "4006381333931", null, "NUT-1", Now));
    }

    [Test]
    public void AddIdentifier_ForAUnitWithoutPackLevel_IsNotPossible()
    {
        var item = Item.Create("BLT-1", "Bolt", null, "EA", Now);

        AssertBrokenRule<ConversionMustExistRule>(() => item.AddIdentifier(IdentifierKind.Gtin, "14006381333952", "CA", null, Now));
    }

    [Test]
    public void AddIdentifier_ForAPackLevel_RemembersTheUnit()
    {
        var item = Item.Create("BLT-1", "Bolt", null, "EA", Now);
        item.SetPack("CA", 12m, "EA", Now);

        item.AddIdentifier(IdentifierKind.Gtin, "14006381333952", "CA", null, Now);

        Assert.That(item.Identifiers.Single().Unit, Is.EqualTo("CA"));
    }

    [Test]
    public void AddIdentifier_Twice_ChangesNothingTheSecondTime()
    {
        var item = Item.Create("BLT-1", "Bolt", null, "EA", Now);
        Assert.That(item.AddIdentifier(IdentifierKind.Gtin, "4006381333931", null, null, Now), Is.True);

        Assert.That(item.AddIdentifier(IdentifierKind.Gtin, "4006381333931", null, "BLT-1", Now), Is.False);
        Assert.That(item.Identifiers, Has.Count.EqualTo(1));
    }

    [Test]
    public void Create_WithUnknownBaseUnit_IsNotPossible()
    {
        AssertBrokenRule<UnitMustBeKnownRule>(() => Item.Create("BLT-1", "Bolt", null, "EACH", Now));
    }
}
