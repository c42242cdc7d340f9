using Distribution.BuildingBlocks.Application.Events;

namespace Distribution.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// A handler that wants events: its stable name (the inbox key), which events (an exact type, a prefix such as
/// <c>orders.*</c>, or <c>*</c>), the handler type, and the DbContext its inbox and changes commit to.
/// </summary>
public sealed record IntegrationEventSubscriber(string Name, string Pattern, Type HandlerType, Type ConsumerContextType)
{
    /// <summary>True when this subscriber wants events of <paramref name="eventType"/>.</summary>
    public bool Wants(string eventType) => EventTypePattern.Matches(Pattern, eventType);
}
