using System.Globalization;
using BenchmarkDotNet.Running;
using Distribution.Benchmarks.Catalog;
using Distribution.Benchmarks.Outbox;

namespace Distribution.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Distribution.Benchmarks -- outbox [--latency-events N] [--rate N]
/// [--throughput-events N] [--concurrency N] [--warmup N] [--rounds N] [--profile-drains N]</c> runs the outbox harness
/// (with <c>--profile-drains</c>, only that many drained backlogs, for a profiler); <c>-- catalog-import [--rows N]
/// [--warmup N] [--diagnostic 1]</c> the catalog import harness; anything else goes to BenchmarkDotNet's switcher (in-process
/// micro-benchmarks, e.g. <c>--filter *ResolveBenchmark*</c>).
/// </summary>
public static class BenchmarkEntry
{
    public static async Task<int> Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length > 0 && args[0] == "outbox")
        {
            if (Array.IndexOf(args, "--workers") is var w and >= 0 && w + 1 < args.Length)
            {
                Environment.SetEnvironmentVariable("Jobs__WorkerCount", args[w + 1]);
            }

            var options = new OutboxBenchmarkOptions(
                LatencyEvents: Option(args, "--latency-events", 1000),
                Rate: Option(args, "--rate", 20),
                ThroughputEvents: Option(args, "--throughput-events", 2000),
                Concurrency: Option(args, "--concurrency", 8),
                Warmup: Option(args, "--warmup", 200),
                Rounds: Math.Max(1, Option(args, "--rounds", 5)),
                ProfileDrains: Option(args, "--profile-drains", 0));
            return await new OutboxBenchmark(options).RunAsync();
        }

        if (args.Length > 0 && args[0] == "catalog-import")
        {
            return await new CatalogImportBenchmark(
                Option(args, "--rows", 100_000), Option(args, "--warmup", 1000), Option(args, "--diagnostic", 0) != 0).RunAsync();
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args);
        return 0;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
