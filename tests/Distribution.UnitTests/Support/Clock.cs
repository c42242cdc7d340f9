using Microsoft.Extensions.Time.Testing;

namespace Distribution.UnitTests.Support;

/// <summary>A fake clock at a fixed, readable instant.</summary>
internal static class Clock
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public static FakeTimeProvider Fake() => new(Start);

    public static DateTime UtcNow(this TimeProvider clock) => clock.GetUtcNow().UtcDateTime;
}
