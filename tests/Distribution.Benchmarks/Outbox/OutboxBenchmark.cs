using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Distribution.BuildingBlocks.Infrastructure.Jobs;
using Distribution.Modules.Integration.Infrastructure.Persistence;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Distribution.Benchmarks.Outbox;

/// <summary>
/// Outbox latency and webhook throughput against a bare-Hangfire baseline, in one run, on one Hangfire storage and
/// server. A Stopwatch harness rather than BenchmarkDotNet: what is measured is a latency distribution across
/// processes' worth of machinery (HTTP, SQLite, Hangfire workers, a Kestrel receiver), not a method in a loop.
/// </summary>
internal sealed class OutboxBenchmark(OutboxBenchmarkOptions options)
{
    private const string AdminKey = "benchmark-admin-key-0123456789abcdefghij";
    // OutboxDispatchJob's lock for the Catalog outbox.
    private const string DispatcherLock = "outbox-dispatch:catalog";
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromMinutes(3);

    private readonly Probes _probes = new();
    private int _skuSequence;

    public async Task<int> RunAsync()
    {
        var work = Path.Combine(Path.GetTempPath(), "hub-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        Environment.SetEnvironmentVariable("Database__DataDirectory", Path.Combine(work, "data"));
        Environment.SetEnvironmentVariable("Security__BootstrapAdminApiKey", AdminKey);
        Environment.SetEnvironmentVariable("Logging__File__Path", Path.Combine(work, "logs", "hub-.log"));
        // Per-request and per-event information logs would put the console in the measured path of both sides.
        Environment.SetEnvironmentVariable("Serilog__MinimumLevel__Default", "Warning");
        // The harness's single admin client posts thousands of items; the per-client token bucket (added to the host
        // after this harness) would answer 429 and measure the limiter, not the outbox.
        Environment.SetEnvironmentVariable("RateLimiting__Enabled", "false");
        GlobalJobFilters.Filters.Add(_probes);

        try
        {
            await using var receiver = await BenchmarkReceiver.StartAsync();
            await using var factory = new HubFactory(_probes);
            using var client = factory.CreateClient();
            client.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
            await SubscribeAsync(client, receiver.Url);
            var jobs = factory.Services.GetRequiredService<IBackgroundJobClient>();
            var jobOptions = factory.Services.GetRequiredService<IOptions<JobsOptions>>().Value;

            var loadBefore = LoadAverage();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Hub in-process: SQLite in {work}, Hangfire InMemory, {jobOptions.WorkerCount} workers; receiver {receiver.Url}; {Environment.ProcessorCount} cores"));

            Console.WriteLine($"Warm-up: {options.Warmup} events and {options.Warmup} no-op jobs ...");
            await RunItemsAsync(client, receiver, options.Warmup, rate: null);
            await RunNoopJobsAsync(jobs, options.Warmup, rate: null);
            // The drained phase is the only one with full batches (500 events per dispatch, 100 messages per webhook
            // job); without its own warm-up its first run also pays for JIT tiering of those paths.
            await DrainBacklogAsync(factory, client, receiver, Math.Max(options.Warmup, 1000));
            if (options.ProfileDrains > 0)
            {
                await ProfileDrainsAsync(factory, client, receiver);
                return 0;
            }

            Console.WriteLine($"Latency: {options.LatencyEvents} no-op jobs at {options.Rate}/s ...");
            await RunNoopJobsAsync(jobs, options.LatencyEvents, options.Rate);
            var baseline = LatencyStats.Of(Durations(_probes.NoopEnqueues, _probes.NoopStarts));

            Console.WriteLine($"Latency: {options.LatencyEvents} items at {options.Rate}/s ...");
            await RunItemsAsync(client, receiver, options.LatencyEvents, options.Rate);
            var (ours, endToEnd) = await OutboxLatenciesAsync(factory, receiver);
            var breakdown = new List<(string Step, LatencyStats Stats)>
            {
                ("commit → OutboxDeliveryJob start (dispatch hop)", LatencyStats.Of(Durations(_probes.Commits, _probes.DeliveryJobStarts))),
            };
            breakdown.AddRange(_probes.JobDurations.OrderBy(d => d.Key, StringComparer.Ordinal)
                .Select(d => ($"{d.Key} run time", LatencyStats.Of(d.Value.ToList()))));

            Console.WriteLine($"Throughput: {options.ThroughputEvents} items from {options.Concurrency} clients ...");
            var eventCost = UnitCost.Start();
            var itemsStart = Stopwatch.GetTimestamp();
            var ingestEnd = await RunItemsAsync(client, receiver, options.ThroughputEvents, rate: null);
            var perEvent = eventCost.Per(options.ThroughputEvents);
            var phaseEvents = _probes.Commits.Keys.ToHashSet();
            var lastDelivery = receiver.Arrivals.Where(a => phaseEvents.Contains(a.Key)).Max(a => a.Value);

            // Rounds of the two measured phases, one after the other, so that a change in the machine's load hits both
            // sides alike; the ratio is that of the medians.
            var rounds = new List<ThroughputRound>();
            for (var round = 1; round <= options.Rounds; round++)
            {
                Console.WriteLine($"Throughput round {round} of {options.Rounds}: {options.ThroughputEvents} no-op jobs from {options.Concurrency} threads, then a backlog of {options.ThroughputEvents} committed events drained ...");
                var noopCost = UnitCost.Start();
                var noopStart = Stopwatch.GetTimestamp();
                await RunNoopJobsAsync(jobs, options.ThroughputEvents, rate: null);
                var noopEnd = _probes.NoopDone.Values.Max();
                var noopPerJob = noopCost.Per(options.ThroughputEvents);
                var (drainStart, drained, perDrainedEvent) = await DrainBacklogAsync(factory, client, receiver, options.ThroughputEvents);
                rounds.Add(new ThroughputRound(
                    options.ThroughputEvents / Seconds(noopStart, noopEnd), noopPerJob,
                    options.ThroughputEvents / Seconds(drainStart, drained), perDrainedEvent));
            }

            var throughput = new Throughput(
                rounds,
                options.ThroughputEvents / Seconds(itemsStart, lastDelivery),
                options.ThroughputEvents / Seconds(itemsStart, ingestEnd));

            Report(jobOptions.WorkerCount, baseline, ours, endToEnd, throughput, breakdown, perEvent, loadBefore);
            return 0;
        }
        finally
        {
            GlobalJobFilters.Filters.Remove(_probes);
            TryDelete(work);
        }
    }

    /// <summary>
    /// Only drains, one after the other, each printed with its monotonic start and end (nanoseconds, the clock of
    /// <c>perf record -k CLOCK_MONOTONIC</c>), so that a profiler attached meanwhile can keep to the drain windows.
    /// </summary>
    private async Task ProfileDrainsAsync(HubFactory factory, HttpClient client, BenchmarkReceiver receiver)
    {
        Console.WriteLine(Invariant($"Profiling: {options.ProfileDrains} drains of {options.ThroughputEvents} events; process {Environment.ProcessId}"));
        for (var drain = 1; drain <= options.ProfileDrains; drain++)
        {
            var (start, end, perEvent) = await DrainBacklogAsync(factory, client, receiver, options.ThroughputEvents);
            Console.WriteLine(Invariant(
                $"DRAIN {drain} {Nanoseconds(start)} {Nanoseconds(end)}: {options.ThroughputEvents / Seconds(start, end):F0}/s, {perEvent.CpuMilliseconds:F3} CPU ms per delivery"));
        }
    }

    private static long Nanoseconds(long timestamp) => (long)(timestamp * (1e9 / Stopwatch.Frequency));

    private static async Task SubscribeAsync(HttpClient client, Uri receiverUrl)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/subscriptions", UriKind.Relative), new
        {
            name = "Benchmark receiver",
            eventType = "catalog.*",
            url = receiverUrl.ToString(),
        });
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Subscribing the receiver failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>
    /// Creates <paramref name="count"/> items through <c>POST /api/v1/items</c>, paced at <paramref name="rate"/> per
    /// second or as fast as <see cref="OutboxBenchmarkOptions.Concurrency"/> clients go, and waits until the
    /// receiver has every one of their events.
    /// </summary>
    /// <returns>When the last POST returned.</returns>
    private async Task<long> RunItemsAsync(HttpClient client, BenchmarkReceiver receiver, int count, int? rate, bool waitForDelivery = true)
    {
        _probes.Clear();
        var next = -1;
        var start = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, rate is null ? options.Concurrency : Math.Max(options.Concurrency, 4)).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                await WaitForSlotAsync(start, i, rate);
                await CreateItemAsync(client);
            }
        });
        await Task.WhenAll(workers);
        var ingestEnd = Stopwatch.GetTimestamp();
        if (waitForDelivery)
        {
            await WaitForDeliveriesAsync(receiver, count);
        }

        return ingestEnd;
    }

    /// <summary>
    /// The delivery path without the API in the window: <paramref name="count"/> events are committed while the
    /// harness holds the dispatcher's lock (the dispatch job waits on it), then the lock is released and the time runs
    /// until the receiver has them all.
    /// </summary>
    /// <returns>When the lock was released, when the last webhook arrived, and the cost per event in between.</returns>
    private async Task<(long Start, long End, UnitCost.Result PerEvent)> DrainBacklogAsync(
        HubFactory factory, HttpClient client, BenchmarkReceiver receiver, int count)
    {
        var storage = factory.Services.GetRequiredService<JobStorage>();
        UnitCost cost;
        long start;
        using (var connection = storage.GetConnection())
        {
            using (connection.AcquireDistributedLock(DispatcherLock, TimeSpan.FromSeconds(10)))
            {
                await RunItemsAsync(client, receiver, count, rate: null, waitForDelivery: false);
                cost = UnitCost.Start();
                start = Stopwatch.GetTimestamp();
            }
        }

        await WaitForDeliveriesAsync(receiver, count);
        var end = _probes.Commits.Keys.Max(id => receiver.Arrivals[id]);
        return (start, end, cost.Per(count));
    }

    private Task WaitForDeliveriesAsync(BenchmarkReceiver receiver, int count) =>
        WaitUntilAsync(() => _probes.Commits.Count >= count && _probes.Commits.Keys.All(receiver.Arrivals.ContainsKey),
            $"{count} events delivered");

    private async Task CreateItemAsync(HttpClient client)
    {
        var sku = "BENCH-" + Interlocked.Increment(ref _skuSequence).ToString(CultureInfo.InvariantCulture);
        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/items", UriKind.Relative), new
        {
            sku,
            name = "Benchmark item " + sku,
            baseUnit = "EA",
        });
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"POST /api/v1/items answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>Enqueues <paramref name="count"/> no-op jobs, paced or from concurrent threads, and waits until all ran.</summary>
    private async Task RunNoopJobsAsync(IBackgroundJobClient jobs, int count, int? rate)
    {
        _probes.Clear();
        var next = -1;
        var start = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, rate is null ? options.Concurrency : 1).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                await WaitForSlotAsync(start, i, rate);
                var id = Guid.NewGuid();
                _probes.NoopEnqueues[id] = Stopwatch.GetTimestamp();
                jobs.Enqueue<NoopJob>(job => job.Run(id));
            }
        }));
        await Task.WhenAll(workers);
        await WaitUntilAsync(() => _probes.NoopDone.Count >= count, $"{count} no-op jobs performed");
    }

    // Open loop: request i is due at start + i / rate, whatever happened to the ones before it.
    private static async Task WaitForSlotAsync(long start, int index, int? rate)
    {
        if (rate is not { } perSecond)
        {
            return;
        }

        var due = start + (long)index * Stopwatch.Frequency / perSecond;
        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }
    }

    /// <summary>Commit → adapter job start, and commit → receiver, per event of the last item phase.</summary>
    private async Task<(LatencyStats Ours, LatencyStats EndToEnd)> OutboxLatenciesAsync(HubFactory factory, BenchmarkReceiver receiver)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<IntegrationDbContext>();
        var messages = await context.OutboundMessages.AsNoTracking().Select(m => new { m.Id, m.EventId }).ToListAsync();
        var jobStarts = new List<long>();
        foreach (var message in messages)
        {
            if (_probes.Commits.TryGetValue(message.EventId, out var committed)
                && _probes.AdapterJobStarts.TryGetValue(message.Id, out var started))
            {
                jobStarts.Add(started - committed);
            }
        }

        var arrivals = _probes.Commits.Select(c => receiver.Arrivals[c.Key] - c.Value).ToList();
        return (LatencyStats.Of(jobStarts), LatencyStats.Of(arrivals));
    }

    private static List<long> Durations(IReadOnlyDictionary<Guid, long> from, IReadOnlyDictionary<Guid, long> to) =>
        from.Where(f => to.ContainsKey(f.Key)).Select(f => to[f.Key] - f.Value).ToList();

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    private static double Seconds(long from, long to) => (to - from) / (double)Stopwatch.Frequency;

    // Bounded: a phase that does not drain within the timeout fails the run instead of hanging it.
    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > DrainTimeout)
            {
                throw new TimeoutException($"Not done within {DrainTimeout}: {what}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }
    }

    private void Report(int workers, LatencyStats baseline, LatencyStats ours, LatencyStats endToEnd, Throughput throughput,
        List<(string Step, LatencyStats Stats)> breakdown, UnitCost.Result perEvent, string loadBefore)
    {
        var latencyBudget = baseline.P99 + 50;
        var ratio = throughput.DrainedPerSecond / throughput.NoopJobsPerSecond;
        var endToEndRatio = throughput.DeliveriesPerSecond / throughput.NoopJobsPerSecond;
        var median = throughput.Rounds.OrderBy(r => r.DrainedPerSecond).ElementAt(throughput.Rounds.Count / 2);
        var baselineMedian = throughput.Rounds.OrderBy(r => r.NoopJobsPerSecond).ElementAt(throughput.Rounds.Count / 2);
        var lines = new List<string>
        {
            string.Empty,
            Invariant($"Machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}; load average before {loadBefore}, after {LoadAverage()}"),
            string.Empty,
            $"## Outbox latency ({ours.Count} events, open loop at {options.Rate}/s; ms)",
            string.Empty,
            "| path | p50 | p99 | mean | max | n |",
            "|---|---:|---:|---:|---:|---:|",
            Row("Hangfire baseline: Enqueue → job start", baseline),
            Row("Outbox: commit → WebhookDeliveryJob start", ours),
            Row("Outbox: commit → receiver got the webhook", endToEnd),
            string.Empty,
            Invariant($"p99 difference: {ours.P99 - baseline.P99:F2} ms; target p99 <= baseline p99 + 50 ms = {latencyBudget:F2} ms: {(ours.P99 <= latencyBudget ? "PASS" : "FAIL")}"),
            Invariant($"ratio ours/baseline: p50 {ours.P50 / baseline.P50:F1}x, p99 {ours.P99 / baseline.P99:F1}x"),
            string.Empty,
            "Where the outbox latency goes (same phase; ms):",
            string.Empty,
            "| step | p50 | p99 | mean | max | n |",
            "|---|---:|---:|---:|---:|---:|",
        };
        lines.AddRange(breakdown.Select(b => Row(b.Step, b.Stats)));
        lines.AddRange(
        [
            string.Empty,
            $"## Webhook throughput ({options.ThroughputEvents} events, {options.Concurrency} concurrent producers, {workers} workers; medians of {throughput.Rounds.Count} rounds)",
            string.Empty,
            "| path | per second | CPU ms per unit | KiB allocated per unit |",
            "|---|---:|---:|---:|",
            Invariant($"| Hangfire baseline: no-op jobs (enqueue → all performed) | {throughput.NoopJobsPerSecond:F0} | {baselineMedian.PerNoopJob.CpuMilliseconds:F3} | {baselineMedian.PerNoopJob.AllocatedKiB:F0} |"),
            Invariant($"| Webhook deliveries, committed backlog drained (dispatch → fan-out → POST to receiver) | {throughput.DrainedPerSecond:F0} | {median.PerDrainedEvent.CpuMilliseconds:F3} | {median.PerDrainedEvent.AllocatedKiB:F0} |"),
            Invariant($"| Webhook deliveries end to end (first POST /api/v1/items → last webhook at receiver; one run) | {throughput.DeliveriesPerSecond:F0} | {perEvent.CpuMilliseconds:F3} | {perEvent.AllocatedKiB:F0} |"),
            Invariant($"| (items committed through POST /api/v1/items in that end-to-end run) | {throughput.IngestPerSecond:F0} | | |"),
            string.Empty,
            "| round | no-op jobs/s | drained deliveries/s | ratio |",
            "|---:|---:|---:|---:|",
        ]);
        lines.AddRange(throughput.Rounds.Select((r, i) =>
            Invariant($"| {i + 1} | {r.NoopJobsPerSecond:F0} | {r.DrainedPerSecond:F0} | {r.DrainedPerSecond / r.NoopJobsPerSecond:F3} |")));
        lines.AddRange(
        [
            string.Empty,
            Invariant($"ratio drained deliveries / no-op jobs (medians): {ratio:F3}x; target >= 0.5x: {(ratio >= 0.5 ? "PASS" : "FAIL")} (end to end: {endToEndRatio:F3}x)"),
            "CPU and allocation are of this whole process (client, host and receiver) per unit; they do not depend on the machine's load as much as the rates do.",
        ]);
        foreach (var line in lines)
        {
            Console.WriteLine(line);
        }
    }

    private static string Row(string name, LatencyStats stats) => Invariant(
        $"| {name} | {stats.P50:F2} | {stats.P99:F2} | {stats.Mean:F2} | {stats.Max:F2} | {stats.Count} |");

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp directory left behind is harmless.
        }
    }
}

/// <summary>Rates of the throughput phase: the rounds, and the medians the target is judged on.</summary>
internal sealed record Throughput(IReadOnlyList<ThroughputRound> Rounds, double DeliveriesPerSecond, double IngestPerSecond)
{
    public double NoopJobsPerSecond => Median(Rounds.Select(r => r.NoopJobsPerSecond));

    public double DrainedPerSecond => Median(Rounds.Select(r => r.DrainedPerSecond));

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}

/// <summary>One round of the throughput phase: the no-op baseline, then the drained deliveries.</summary>
internal sealed record ThroughputRound(
    double NoopJobsPerSecond, UnitCost.Result PerNoopJob, double DrainedPerSecond, UnitCost.Result PerDrainedEvent);

/// <summary>This process's CPU time and allocations over a phase, per unit of work.</summary>
internal sealed class UnitCost
{
    private readonly TimeSpan _cpu;
    private readonly long _allocated;

    private UnitCost(TimeSpan cpu, long allocated)
    {
        _cpu = cpu;
        _allocated = allocated;
    }

    public static UnitCost Start() => new(Cpu(), GC.GetTotalAllocatedBytes(precise: true));

    public Result Per(int units) => new(
        (Cpu() - _cpu).TotalMilliseconds / units,
        (GC.GetTotalAllocatedBytes(precise: true) - _allocated) / 1024.0 / units);

    private static TimeSpan Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>Per unit: CPU milliseconds and KiB allocated.</summary>
    public sealed record Result(double CpuMilliseconds, double AllocatedKiB);
}

/// <summary>How big the run is.</summary>
/// <param name="LatencyEvents">Events (and baseline jobs) in the latency phase.</param>
/// <param name="Rate">Open-loop arrival rate of the latency phase, per second.</param>
/// <param name="ThroughputEvents">Events (and baseline jobs) in the throughput phase.</param>
/// <param name="Concurrency">Concurrent producers in the throughput phase.</param>
/// <param name="Warmup">Events and jobs before anything is measured.</param>
/// <param name="Rounds">Rounds of the throughput phase (no-op jobs, then a drained backlog), judged on the medians.</param>
/// <param name="ProfileDrains">When above 0: after the warm-up, only this many drains, for a profiler (no verdict).</param>
internal sealed record OutboxBenchmarkOptions(
    int LatencyEvents, int Rate, int ThroughputEvents, int Concurrency, int Warmup, int Rounds, int ProfileDrains);
