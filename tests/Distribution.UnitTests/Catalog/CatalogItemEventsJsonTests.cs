using Distribution.BuildingBlocks.Application.Events;
using Distribution.BuildingBlocks.Infrastructure.Outbox;
using Distribution.Modules.Catalog.Contracts.Items;
using Distribution.Modules.Catalog.Infrastructure.Persistence;

namespace Distribution.UnitTests.Catalog;

[TestFixture]
public sealed class CatalogItemEventsJsonTests
{
    [Test]
    public void Source_generated_outbox_rows_equal_the_reflection_based_ones()
    {
        var occurred = new DateTime(2026, 11, 28, 7, 45, 12, 345, DateTimeKind.Utc).AddTicks(6789);
        var created = new ItemCreatedIntegrationEvent(Guid.NewGuid(), occurred, Guid.NewGuid(), "SKU-1", "Widget \"Ä\" <b>&", "EA");
        var changed = new ItemChangedIntegrationEvent(Guid.NewGuid(), occurred, Guid.NewGuid(), "SKU-1", "Widget", "EA", "active", ["details", "packs"]);

        IIntegrationEvent[] events = [created, changed];
        foreach (var e in events)
        {
            var reflection = OutboxMessage.For(e, "corr-1");
            var generated = OutboxMessage.For(e, "corr-1", CatalogItemEventsJsonContext.Default);
            Assert.Multiple(() =>
            {
                Assert.That(generated.Payload, Is.EqualTo(reflection.Payload));
                Assert.That(generated.Type, Is.EqualTo(reflection.Type));
                Assert.That(generated.Id, Is.EqualTo(reflection.Id));
                Assert.That(generated.OccurredAtUtc, Is.EqualTo(reflection.OccurredAtUtc));
                Assert.That(generated.CorrelationId, Is.EqualTo(reflection.CorrelationId));
            });
        }
    }
}
