namespace Distribution.BuildingBlocks.Application.Events;

/// <summary>Event type patterns: an exact name, a prefix ending in <c>.*</c>, or <c>*</c> for everything.</summary>
public static class EventTypePattern
{
    /// <summary>True when <paramref name="eventType"/> matches <paramref name="pattern"/>.</summary>
    public static bool Matches(string pattern, string eventType)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(eventType);
        if (pattern == "*")
        {
            return true;
        }

        return pattern.EndsWith(".*", StringComparison.Ordinal)
            ? eventType.StartsWith(pattern[..^1], StringComparison.Ordinal)
            : string.Equals(pattern, eventType, StringComparison.Ordinal);
    }
}
