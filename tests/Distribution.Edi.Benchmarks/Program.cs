using BenchmarkDotNet.Running;
using Distribution.Edi.Benchmarks;

// Modes:
//   (default)   BenchmarkDotNet: X12Reader vs naive Split on 50 MB in memory (pass BenchmarkDotNet args, e.g. --job short)
//   --memory    stream a generated 200 MB file through the reader and report managed-memory growth
//   --node      time node-x12 against our reader on the same 50 MB file
if (args.Contains("--memory"))
{
    return MemoryMode.Run();
}

if (args.Contains("--node"))
{
    return NodeComparisonMode.Run();
}

var summary = BenchmarkRunner.Run<TokenizerBenchmarks>(args: args);
ThroughputReport.Print(summary, TokenizerBenchmarks.InputSize);
return 0;
