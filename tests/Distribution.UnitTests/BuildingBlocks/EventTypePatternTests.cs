using Distribution.BuildingBlocks.Application.Events;

namespace Distribution.UnitTests.BuildingBlocks;

/// <summary>A subscription names an exact event type, a prefix ending in <c>.*</c>, or <c>*</c>.</summary>
public sealed class EventTypePatternTests
{
    [TestCase("*", "catalog.item-created.v1")]
    [TestCase("*", "orders.order-submitted.v2")]
    [TestCase("catalog.*", "catalog.item-created.v1")]
    [TestCase("catalog.*", "catalog.item-discontinued.v3")]
    [TestCase("catalog.item-created.v1", "catalog.item-created.v1")]
    public void Matches_WhenThePatternCoversTheType_IsTrue(string pattern, string eventType)
    {
        Assert.That(EventTypePattern.Matches(pattern, eventType), Is.True);
    }

    [TestCase("catalog.*", "orders.order-submitted.v1")]
    [TestCase("catalog.*", "catalogue.item-created.v1")]
    [TestCase("catalog.*", "catalog")]
    [TestCase("catalog.item-created.v1", "catalog.item-created.v2")]
    [TestCase("catalog.item-created.v1", "catalog.item-created.v10")]
    [TestCase("catalog.item-created.v1", "Catalog.Item-Created.v1")]
    [TestCase("catalog.item-created", "catalog.item-created.v1")]
    public void Matches_WhenThePatternDoesNotCoverTheType_IsFalse(string pattern, string eventType)
    {
        Assert.That(EventTypePattern.Matches(pattern, eventType), Is.False);
    }
}
