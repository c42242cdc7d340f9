using Distribution.Modules.Catalog.Domain.Items;

namespace Distribution.UnitTests.Catalog;

public sealed class ItemTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 30, 0, DateTimeKind.Utc);

    [Test]
    public void Create_RaisesItemCreatedDomainEvent()
    {
        var item = Item.Create("BLT-M8-40", "Hex bolt M8 x 40", "Zinc plated", "EA", Now);

        var raised = item.DomainEvents.Single();
        Assert.That(raised, Is.InstanceOf<ItemCreatedDomainEvent>());
        var created = (ItemCreatedDomainEvent)raised;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(created.ItemId, Is.EqualTo(item.Id));
            Assert.That(created.Sku, Is.EqualTo("BLT-M8-40"));
            Assert.That(created.Name, Is.EqualTo("Hex bolt M8 x 40"));
            Assert.That(created.BaseUnit, Is.EqualTo("EA"));
            Assert.That(created.OccurredAtUtc, Is.EqualTo(Now));
            Assert.That(created.EventId, Is.Not.EqualTo(Guid.Empty));
        }
    }

    [Test]
    public void Create_MakesAnActiveItemAtVersionZero()
    {
        var item = Item.Create("NUT-M8", "Hex nut M8", null, "EA", Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(item.Status, Is.EqualTo(ItemStatus.Active));
            Assert.That(item.Version, Is.Zero);
            Assert.That(item.CreatedAtUtc, Is.EqualTo(Now));
            Assert.That(item.Id, Is.Not.EqualTo(Guid.Empty));
        }
    }

    [Test]
    public void ClearDomainEvents_AfterDispatch_LeavesNone()
    {
        var item = Item.Create("NUT-M8", "Hex nut M8", null, "EA", Now);

        item.ClearDomainEvents();

        Assert.That(item.DomainEvents, Is.Empty);
    }
}
