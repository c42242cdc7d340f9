using Distribution.Modules.Integration.Domain.Messages;

namespace Distribution.Modules.Integration.Application.Messages;

/// <summary>One entry of the outbound message log.</summary>
/// <param name="Id">Message id.</param>
/// <param name="SubscriptionId">Where it goes.</param>
/// <param name="EventId">The event (webhook-id).</param>
/// <param name="EventType">The event's type.</param>
/// <param name="CorrelationId">The business transaction.</param>
/// <param name="Status">pending, retrying, sent or deadLettered.</param>
/// <param name="Attempts">Attempts made.</param>
/// <param name="NextAttemptAt">Next attempt (UTC), while pending or retrying.</param>
/// <param name="LastError">Last failure.</param>
/// <param name="DeadLetterReason">attempts-exhausted or subscription-gone.</param>
/// <param name="CreatedAt">Created (UTC).</param>
/// <param name="SentAt">Delivered (UTC).</param>
public sealed record MessageDto(
    Guid Id, Guid SubscriptionId, Guid EventId, string EventType, string? CorrelationId, string Status, int Attempts,
    DateTime? NextAttemptAt, string? LastError, string? DeadLetterReason, DateTime CreatedAt, DateTime? SentAt)
{
    internal static MessageDto From(OutboundMessage m) => new(
        m.Id, m.SubscriptionId, m.EventId, m.EventType, m.CorrelationId, StatusName(m.Status), m.Attempts,
        m.NextAttemptAtUtc, m.LastError, m.DeadLetterReason, m.CreatedAtUtc, m.SentAtUtc);

    internal static string StatusName(OutboundMessageStatus status) =>
        char.ToLowerInvariant(status.ToString()[0]) + status.ToString()[1..];
}
