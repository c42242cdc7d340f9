using System.Globalization;
using Distribution.Modules.Catalog.Domain.Items;
using static Distribution.UnitTests.Catalog.CatalogRules;

namespace Distribution.UnitTests.Catalog;

/// <summary>An item's lists are bounded (the API documents the bounds as maxItems).</summary>
[TestFixture]
public sealed class ItemListLimitTests
{
    [Test]
    public void SetAttribute_WhenTheItemHasTheMostAttributes_IsNotPossible()
    {
        var item = Item.Create("BLT-1", "Bolt", null, "EA", Now);
        for (var i = 0; i < Item.MaxAttributes; i++)
        {
            item.SetAttribute("a" + i.ToString(CultureInfo.InvariantCulture), "v", "pim", Now);
        }

        AssertBrokenRule<ItemListMustStayBoundedRule>(() => item.SetAttribute("one-more", "v", "pim", Now));
        Assert.That(item.SetAttribute("a0", "changed", "pim", Now), Is.True, "changing an attribute it has is still possible");
    }

    [Test]
    public void SetSubstitute_WhenTheItemHasTheMostSubstitutes_IsNotPossible()
    {
        var item = Item.Create("BLT-1", "Bolt", null, "EA", Now);
        for (var i = 0; i < Item.MaxSubstitutes; i++)
        {
            item.SetSubstitute(Guid.NewGuid(), "S" + i.ToString(CultureInfo.InvariantCulture), i + 1, SubstitutionReason.Equivalent, Now);
        }

        AssertBrokenRule<ItemListMustStayBoundedRule>(() => item.SetSubstitute(Guid.NewGuid(), "S-NEW", 99, SubstitutionReason.Equivalent, Now));
    }
}
