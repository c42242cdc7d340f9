using System.Globalization;
using BenchmarkDotNet.Reports;

namespace Distribution.Edi.Benchmarks;

/// <summary>Turns BenchmarkDotNet's mean time and allocations into MB/s and allocated bytes per input MB.</summary>
internal static class ThroughputReport
{
    public static void Print(Summary summary, long inputBytes)
    {
        const double Megabyte = 1024 * 1024;
        var megabytes = inputBytes / Megabyte;
        Console.WriteLine();
        Console.WriteLine($"Input: {megabytes:0} MB");
        Console.WriteLine("| Method | Mean (ms) | MB/s | Allocated/MB (bytes) |");
        Console.WriteLine("|---|---:|---:|---:|");
        double? baseline = null;
        foreach (var report in summary.Reports.Where(report => report.ResultStatistics is not null))
        {
            var meanSeconds = report.ResultStatistics!.Mean / 1e9;
            var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
            var throughput = megabytes / meanSeconds;
            if (report.BenchmarkCase.Descriptor.Baseline)
            {
                baseline = throughput;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo} | {meanSeconds * 1000:0.0} | {throughput:0.0} | {allocated / megabytes:0} |"));
        }

        foreach (var report in summary.Reports.Where(report => report.ResultStatistics is not null && !report.BenchmarkCase.Descriptor.Baseline))
        {
            var throughput = megabytes / (report.ResultStatistics!.Mean / 1e9);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Speed-up over the baseline: {throughput / baseline:0.0}x"));
        }
    }
}
