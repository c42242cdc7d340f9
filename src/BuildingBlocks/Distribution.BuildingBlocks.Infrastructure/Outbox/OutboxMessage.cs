using System.Text.Json;
using System.Text.Json.Serialization;
using Distribution.BuildingBlocks.Application.Events;

namespace Distribution.BuildingBlocks.Infrastructure.Outbox;

/// <summary>An integration event stored with the business change that caused it.</summary>
public sealed class OutboxMessage
{
    /// <summary>
    /// The outbox row of <paramref name="integrationEvent"/>: its wire name and camelCase JSON. The unit of work and
    /// set-based bulk writers both build rows here, so a row looks the same whichever path wrote it.
    /// </summary>
    public static OutboxMessage For(IIntegrationEvent integrationEvent, string? correlationId) =>
        For(integrationEvent, correlationId, context: null);

    /// <summary>
    /// As <see cref="For(IIntegrationEvent, string?)"/>, serialising with <paramref name="context"/>'s source-generated
    /// metadata when it knows the event's type (a bulk writer's hot path; the context must use
    /// <see cref="IntegrationEventJson.Options"/>' settings, <c>JsonSerializerDefaults.Web</c>, so the payload is the same).
    /// </summary>
    public static OutboxMessage For(IIntegrationEvent integrationEvent, string? correlationId, JsonSerializerContext? context)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var type = integrationEvent.GetType();
        return new OutboxMessage
        {
            Id = integrationEvent.EventId,
            Type = IntegrationEventTypeNames.Of(type),
            Payload = context?.GetTypeInfo(type) is { } typeInfo
                ? JsonSerializer.Serialize(integrationEvent, typeInfo)
                : JsonSerializer.Serialize(integrationEvent, type, IntegrationEventJson.Options),
            OccurredAtUtc = integrationEvent.OccurredAtUtc,
            CorrelationId = string.IsNullOrEmpty(correlationId) ? null : correlationId,
        };
    }

    /// <summary>The event id.</summary>
    public Guid Id { get; set; }

    /// <summary>Stable wire name, e.g. <c>catalog.item-created.v1</c> (never a CLR type name).</summary>
    public required string Type { get; set; }

    /// <summary>camelCase JSON of the event.</summary>
    public required string Payload { get; set; }

    /// <summary>When the business change happened.</summary>
    public DateTime OccurredAtUtc { get; set; }

    /// <summary>The correlation id of the request or job that caused it.</summary>
    public string? CorrelationId { get; set; }

    /// <summary>Set when the dispatcher has created the deliveries and enqueued their jobs.</summary>
    public DateTime? ProcessedAtUtc { get; set; }

    /// <summary>The dispatcher instance holding the lease.</summary>
    public string? LockedBy { get; set; }

    /// <summary>The lease ends here; a crashed dispatcher's rows are claimable again after it.</summary>
    public DateTime? LockedUntilUtc { get; set; }
}
