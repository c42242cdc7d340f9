using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Distribution.Modules.Catalog.Contracts.Resolution;
using Distribution.Modules.Catalog.Infrastructure.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.Benchmarks.Catalog;

/// <summary>
/// <c>dotnet run -c Release --project tests/Distribution.Benchmarks -- --filter *ResolveBenchmark*</c>: the resolve
/// path with a warm cache on one thread, through the <see cref="IItemResolver"/> of a real host (demo data). One
/// invocation resolves <see cref="Lines"/> document lines of a fixed mix: SKU with a unit, GTIN (base and case), and
/// supplier part numbers (the partner's unit, a pack the cross-reference sizes, and a unit converted through the
/// item's pack levels). Every line is a new string instance, as it would be when read from a document.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessConfig))]
public class ResolveBenchmark
{
    public const int Lines = 1000;

    private static readonly (ItemIdentifierKind Kind, string Value, string? Partner, string? Unit, decimal Factor)[] Mix =
    [
        (ItemIdentifierKind.Sku, "BLT-M8-40", null, "CA", 1000m),
        (ItemIdentifierKind.Sku, "NUT-M8", null, "BX", 200m),
        (ItemIdentifierKind.Sku, "GLV-NIT-L", null, null, 1m),
        (ItemIdentifierKind.Sku, "TAPE-PK-48", null, "CA", 36m),
        (ItemIdentifierKind.Gtin, "4006381333931", null, null, 1m),
        (ItemIdentifierKind.Gtin, "14006381333952", null, null, 1000m),
        (ItemIdentifierKind.Gtin, "4006381333948", null, null, 1m),
        (ItemIdentifierKind.VendorPart, "FC-933-0840", CatalogDemoData.Supplier, null, 100m),
        (ItemIdentifierKind.VendorPart, "FC-933-0840", CatalogDemoData.Supplier, "PL", 40000m),
        (ItemIdentifierKind.VendorPart, "FC-934-08", CatalogDemoData.Supplier, null, 1000m),
    ];

    private CatalogHubFactory? _factory;
    private AsyncServiceScope _scope;
    private IItemResolver? _resolver;
    private ResolveItemQuery[] _queries = [];

    [GlobalSetup]
    public void Setup()
    {
        _factory = CatalogHubFactory.Start();
        _scope = _factory.Services.CreateAsyncScope();
        _resolver = _scope.ServiceProvider.GetRequiredService<IItemResolver>();
        var random = new Random(42);
        _queries = Enumerable.Range(0, Lines)
            .Select(i => Mix[i % Mix.Length])
            .OrderBy(_ => random.Next())
            .Select(m => new ResolveItemQuery(m.Kind, new string(m.Value.AsSpan()), m.Partner is null ? null : new string(m.Partner.AsSpan()),
                m.Unit is null ? null : new string(m.Unit.AsSpan())))
            .ToArray();

        // Warms the cache and checks the mix resolves to what the demo data says.
        foreach (var (kind, value, partner, unit, factor) in Mix)
        {
            var resolution = Resolve(new ResolveItemQuery(kind, value, partner, unit));
            if (!resolution.Resolved || resolution.FactorToBase != factor)
            {
                throw new InvalidOperationException($"{kind} '{value}' {unit}: {resolution}");
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _scope.Dispose();
        _factory?.Dispose();
        _factory?.DeleteWorkDirectory();
    }

    [Benchmark(OperationsPerInvoke = Lines)]
    public decimal ResolveWarm()
    {
        var total = 0m;
        foreach (var query in _queries)
        {
            total += Resolve(query).FactorToBase ?? 0m;
        }

        return total;
    }

    private ItemResolution Resolve(ResolveItemQuery query)
    {
        var pending = _resolver!.ResolveAsync(query, CancellationToken.None);
        return pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
    }

    /// <summary>In this process (the host is in it), a shorter run than the default job.</summary>
    private sealed class InProcessConfig : ManualConfig
    {
        public InProcessConfig() =>
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(5).WithIterationCount(15));
    }
}
