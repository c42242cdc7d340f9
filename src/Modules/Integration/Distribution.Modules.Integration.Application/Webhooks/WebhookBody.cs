using System.Text.Json.Nodes;
using Distribution.BuildingBlocks.Application.Events;

namespace Distribution.Modules.Integration.Application.Webhooks;

/// <summary>The webhook body of API.md: <c>{ id, type, occurredAt, correlationId, data }</c>.</summary>
internal static class WebhookBody
{
    public static string Create(IntegrationEventEnvelope envelope)
    {
        var body = new JsonObject
        {
            ["id"] = envelope.EventId,
            ["type"] = envelope.Type,
            ["occurredAt"] = envelope.OccurredAtUtc,
            ["correlationId"] = envelope.CorrelationId,
            ["data"] = JsonNode.Parse(envelope.PayloadJson),
        };
        return body.ToJsonString(IntegrationEventJson.Options);
    }
}
