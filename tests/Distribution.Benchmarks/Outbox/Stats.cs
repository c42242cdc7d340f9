using System.Diagnostics;
using System.Globalization;

namespace Distribution.Benchmarks.Outbox;

/// <summary>A latency distribution in milliseconds.</summary>
internal sealed record LatencyStats(int Count, double P50, double P99, double Mean, double Max)
{
    /// <summary>Nearest-rank percentiles of Stopwatch-tick durations.</summary>
    public static LatencyStats Of(IReadOnlyCollection<long> ticks)
    {
        if (ticks.Count == 0)
        {
            throw new InvalidOperationException("No samples.");
        }

        var sorted = ticks.Select(ToMilliseconds).Order().ToArray();
        return new LatencyStats(sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.99), sorted.Average(), sorted[^1]);
    }

    public static double ToMilliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{P50,9:F2} {P99,9:F2} {Mean,9:F2} {Max,9:F2} {Count,7}");

    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
