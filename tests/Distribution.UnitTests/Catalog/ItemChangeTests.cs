using Distribution.Modules.Catalog.Domain.Items;
using static Distribution.UnitTests.Catalog.CatalogRules;

namespace Distribution.UnitTests.Catalog;

[TestFixture]
public sealed class ItemChangeTests
{
    private static Item Existing()
    {
        var item = Item.Create("BLT-1", "Bolt", null, "EA", Now);
        item.ClearDomainEvents();
        return item;
    }

    [Test]
    public void ChangeStatus_ToTheSameStatus_RaisesNothing()
    {
        var item = Existing();

        Assert.That(item.ChangeStatus(ItemStatus.Active, Now), Is.False);
        Assert.That(item.DomainEvents, Is.Empty);
    }

    [Test]
    public void SeveralChanges_InOneCommit_RaiseOneChangedEventNamingEach()
    {
        var item = Existing();

        item.ChangeStatus(ItemStatus.Discontinued, Now);
        item.ChangeDetails("Bolt M8", null, Now);
        item.SetPack("BX", 100m, "EA", Now);

        var changed = item.DomainEvents.OfType<ItemChangedDomainEvent>().Single();
        Assert.That(changed.Changes, Is.EquivalentTo(new[] { "status", "details", "packs" }));
    }

    [Test]
    public void ChangesWhileBeingCreated_RaiseOnlyTheCreatedEvent()
    {
        var item = Item.Create("BLT-1", "Bolt", null, "EA", Now);
        item.SetPack("BX", 100m, "EA", Now);

        Assert.That(item.DomainEvents.Select(e => e.GetType()), Is.EqualTo(new[] { typeof(ItemCreatedDomainEvent) }));
    }

    [Test]
    public void SetSubstitute_WhenItIsTheItemItself_IsNotPossible()
    {
        var item = Existing();

        AssertBrokenRule<ItemCannotSubstituteItselfRule>(() => item.SetSubstitute(item.Id, item.Sku, 1, SubstitutionReason.Equivalent, Now));
    }

    [Test]
    public void Substitutions_AreOfferedByPriority()
    {
        var item = Existing();
        item.SetSubstitute(Guid.NewGuid(), "B", 2, SubstitutionReason.Equivalent, Now);
        item.SetSubstitute(Guid.NewGuid(), "A", 1, SubstitutionReason.Upgrade, Now);

        Assert.That(item.Substitutions.Select(s => s.SubstituteSku), Is.EqualTo(new[] { "A", "B" }));
    }

    [Test]
    public void SetAttribute_FromALowerRankedSource_DoesNotOverwrite()
    {
        var item = Existing();
        int Rank(string source) => source == "pim" ? 0 : 1;
        item.SetAttribute("colour", "Red", "pim", Now, Rank);

        Assert.That(item.SetAttribute("Colour", "Blue", "supplier", Now, Rank), Is.False);
        Assert.That(item.Attributes.Single().Value, Is.EqualTo("Red"));
        Assert.That(item.SetAttribute("colour", "Green", "pim", Now, Rank), Is.True);
        Assert.That(item.Attributes.Single().Value, Is.EqualTo("Green"));
    }
}
