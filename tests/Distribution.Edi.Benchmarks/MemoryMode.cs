using System.Diagnostics;
using System.Globalization;
using Distribution.Edi.Reading;

namespace Distribution.Edi.Benchmarks;

/// <summary>Streams a generated 200 MB file through the reader and reports how much the managed heap grew.</summary>
internal static class MemoryMode
{
    private const long FileSize = 200L * 1024 * 1024;
    private const int SampleEvery = 10_000;

    public static int Run()
    {
        var path = Path.Combine(Path.GetTempPath(), "distribution-edi-200mb.x12");
        Console.WriteLine($"Generating {FileSize / (1024 * 1024)} MB at {path} ...");
        DocumentGenerator.GenerateFile(path, FileSize);
        var size = new FileInfo(path).Length;

        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var peak = baseline;
        long segments = 0;
        var stopwatch = Stopwatch.StartNew();
        using (var reader = X12Reader.FromStream(File.OpenRead(path)))
        {
            while (reader.Read())
            {
                if (++segments % SampleEvery == 0)
                {
                    peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                }
            }

            if (reader.Errors.Count > 0)
            {
                Console.WriteLine($"Unexpected errors: {reader.Errors.Count}, first: {reader.Errors[0]}");
                return 1;
            }
        }

        stopwatch.Stop();
        peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        const double Megabyte = 1024 * 1024;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            File: {size / Megabyte:0.0} MB, {segments:N0} segments, streamed in {stopwatch.Elapsed.TotalSeconds:0.00} s ({size / Megabyte / stopwatch.Elapsed.TotalSeconds:0} MB/s)
            Managed heap before: {baseline / Megabyte:0.0} MB; peak during read: {peak / Megabyte:0.0} MB; peak growth: {(peak - baseline) / Megabyte:0.0} MB (target <= 64 MB)
            Allocated in total while streaming: {allocated / Megabyte:0.0} MB ({allocated / (size / Megabyte):0} bytes per input MB)
            Process working set at the end: {Environment.WorkingSet / Megabyte:0} MB
            """));
        File.Delete(path);
        return peak - baseline <= 64 * Megabyte ? 0 : 2;
    }
}
