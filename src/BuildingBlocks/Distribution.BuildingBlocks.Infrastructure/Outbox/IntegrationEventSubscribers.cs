namespace Distribution.BuildingBlocks.Infrastructure.Outbox;

/// <summary>Every registered subscriber, looked up by name (delivery) or by event type (dispatch).</summary>
public sealed class IntegrationEventSubscribers(IEnumerable<IntegrationEventSubscriber> subscribers)
{
    private readonly Dictionary<string, IntegrationEventSubscriber> _byName =
        subscribers.ToDictionary(s => s.Name, StringComparer.Ordinal);

    /// <summary>The subscribers that want <paramref name="eventType"/>.</summary>
    public IReadOnlyList<IntegrationEventSubscriber> For(string eventType) =>
        _byName.Values.Where(s => s.Wants(eventType)).ToList();

    /// <summary>The subscriber called <paramref name="name"/>, or null when it no longer exists.</summary>
    public IntegrationEventSubscriber? Find(string name) => _byName.GetValueOrDefault(name);
}
