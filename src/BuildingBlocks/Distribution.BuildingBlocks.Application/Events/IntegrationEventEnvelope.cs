namespace Distribution.BuildingBlocks.Application.Events;

/// <summary>An integration event as it left the outbox: its wire name, metadata and JSON payload.</summary>
/// <param name="EventId">The event's id (stable across retries).</param>
/// <param name="Type">The wire name, e.g. <c>catalog.item-created.v1</c>.</param>
/// <param name="OccurredAtUtc">When the business change happened.</param>
/// <param name="CorrelationId">The correlation id of the request or job that caused it.</param>
/// <param name="PayloadJson">The event serialised as camelCase JSON.</param>
public sealed record IntegrationEventEnvelope(
    Guid EventId,
    string Type,
    DateTime OccurredAtUtc,
    string? CorrelationId,
    string PayloadJson);
