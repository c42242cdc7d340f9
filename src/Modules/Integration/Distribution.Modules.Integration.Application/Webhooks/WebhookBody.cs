using System.Buffers;
using System.Text;
using System.Text.Json;
using Distribution.BuildingBlocks.Application.Events;

namespace Distribution.Modules.Integration.Application.Webhooks;

/// <summary>The webhook body of API.md: <c>{ id, type, occurredAt, correlationId, data }</c>.</summary>
/// <remarks>
/// The event's payload is already JSON (the outbox wrote it with <see cref="IntegrationEventJson.Options"/>), so it is
/// copied into <c>data</c> as it is (checked to be one valid JSON value) instead of being parsed into a DOM and
/// written out again once per event.
/// </remarks>
internal static class WebhookBody
{
    public static string Create(IntegrationEventEnvelope envelope)
    {
        var buffer = new ArrayBufferWriter<byte>(256 + envelope.PayloadJson.Length);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = IntegrationEventJson.Options.Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteString("id", envelope.EventId);
            writer.WriteString("type", envelope.Type);
            writer.WriteString("occurredAt", envelope.OccurredAtUtc);
            writer.WriteString("correlationId", envelope.CorrelationId);
            writer.WritePropertyName("data");
            writer.WriteRawValue(envelope.PayloadJson);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
