using System.Diagnostics;

namespace Distribution.IntegrationTests.Infrastructure;

/// <summary>
/// Polls until a condition holds, with a bounded timeout instead of fixed sleeps: generous, because the tests run
/// on a loaded two-core machine, and failing with what was last seen.
/// </summary>
public static class Eventually
{
    /// <summary>How long a condition may take before the test fails.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    /// <summary>Probes until <paramref name="done"/> holds for the result, and returns that result.</summary>
    public static async Task<T> MatchesAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string waitingFor)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(done);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var last = await probe();
            if (done(last))
            {
                return last;
            }

            if (clock.Elapsed > Timeout)
            {
                Assert.Fail($"Gave up after {Timeout.TotalSeconds:0} s waiting for {waitingFor}. Last seen: {Describe(last)}");
            }

            await Task.Delay(Interval);
        }
    }

    /// <summary>Probes a synchronous value until <paramref name="done"/> holds for it.</summary>
    public static Task<T> MatchesAsync<T>(Func<T> probe, Func<T, bool> done, string waitingFor) =>
        MatchesAsync(() => Task.FromResult(probe()), done, waitingFor);

    private static string Describe<T>(T value) => value switch
    {
        null => "null",
        System.Collections.IEnumerable list and not string => $"[{string.Join(", ", list.Cast<object?>())}]",
        _ => value.ToString() ?? string.Empty,
    };
}
