using System.Text.Json;

namespace Distribution.BuildingBlocks.Application.Events;

/// <summary>One JSON shape for events everywhere: outbox payloads, webhook bodies and typed handlers agree.</summary>
public static class IntegrationEventJson
{
    /// <summary>camelCase web defaults.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
