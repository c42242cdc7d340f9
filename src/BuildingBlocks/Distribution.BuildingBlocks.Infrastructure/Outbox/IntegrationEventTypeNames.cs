using System.Collections.Concurrent;
using System.Reflection;
using Distribution.BuildingBlocks.Application.Events;

namespace Distribution.BuildingBlocks.Infrastructure.Outbox;

/// <summary>Reads an event's wire name from its <see cref="IntegrationEventTypeAttribute"/>.</summary>
public static class IntegrationEventTypeNames
{
    private static readonly ConcurrentDictionary<Type, string> Names = new();

    /// <summary>The wire name of <paramref name="eventType"/>; an event without one is a programming error.</summary>
    public static string Of(Type eventType) => Names.GetOrAdd(eventType, static type =>
        type.GetCustomAttribute<IntegrationEventTypeAttribute>()?.Name
        ?? throw new InvalidOperationException(
            $"{type.Name} needs an [IntegrationEventType(\"<module>.<thing>-<verb>.v1\")] attribute."));
}
