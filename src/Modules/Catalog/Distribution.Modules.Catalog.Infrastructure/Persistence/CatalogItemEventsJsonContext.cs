using System.Text.Json;
using System.Text.Json.Serialization;
using Distribution.Modules.Catalog.Contracts.Items;

namespace Distribution.Modules.Catalog.Infrastructure.Persistence;

/// <summary>
/// Source-generated JSON metadata for the item events the catalog import writes to the outbox by the hundred thousand
/// (no reflection per event). Same settings as <c>IntegrationEventJson.Options</c> (web defaults, camelCase), so the
/// payload is the one the unit of work writes; a unit test compares them.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ItemCreatedIntegrationEvent))]
[JsonSerializable(typeof(ItemChangedIntegrationEvent))]
internal sealed partial class CatalogItemEventsJsonContext : JsonSerializerContext;
