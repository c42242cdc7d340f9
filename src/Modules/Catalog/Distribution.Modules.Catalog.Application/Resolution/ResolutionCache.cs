using System.Collections.Concurrent;
using Distribution.Modules.Catalog.Contracts.Resolution;

namespace Distribution.Modules.Catalog.Application.Resolution;

/// <summary>
/// Remembers resolutions between catalog changes. Correctness rests on a generation stamp: a reader notes the
/// generation before it reads the database and stores its answer under that generation; every committed catalog
/// change bumps the generation (after the commit), and an entry is served only while its generation is current. So
/// an answer computed from data a commit has since changed is never served, even if it was stored after the bump.
/// Answers from an effective-dated cross-reference also expire when the period they depend on ends or begins.
/// </summary>
/// <remarks>
/// The generation lives in this process: with several host instances, another instance's commit is not seen here.
/// Scale-out would need the stamp in the database (one row read per lookup batch); see docs/benchmarks.md ("Catalog: resolve and bulk import").
/// </remarks>
public sealed class ResolutionCache
{
    /// <summary>Entries kept before the cache starts over (a bound on memory, not a tuning knob).</summary>
    public const int MaxEntries = 200_000;

    private readonly ConcurrentDictionary<ResolutionKey, Entry> _entries = new();
    private long _generation;

    /// <summary>The current generation; note it before reading the database.</summary>
    public long Generation => Volatile.Read(ref _generation);

    /// <summary>The cached answer, if it is from the current generation and still in its validity window.</summary>
    public bool TryGet(in ResolutionKey key, DateTime nowUtc, out ItemResolution resolution)
    {
        if (_entries.TryGetValue(key, out var entry) && entry.Generation == Generation && (entry.StableUntilUtc is null || nowUtc < entry.StableUntilUtc))
        {
            resolution = entry.Resolution;
            return true;
        }

        resolution = null!;
        return false;
    }

    /// <summary>Stores an answer computed from data read under <paramref name="generation"/>.</summary>
    public void Store(in ResolutionKey key, ItemResolution resolution, long generation, DateTime? stableUntilUtc)
    {
        if (generation != Generation)
        {
            return;
        }

        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[key] = new Entry(resolution, generation, stableUntilUtc);
    }

    /// <summary>Called after every committed catalog change: nothing cached before it is served again.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }

    private sealed record Entry(ItemResolution Resolution, long Generation, DateTime? StableUntilUtc);
}

/// <summary>What a resolution depends on.</summary>
/// <param name="Kind">Identifier kind.</param>
/// <param name="Value">The value as asked.</param>
/// <param name="PartnerId">The partner, if any.</param>
/// <param name="Unit">The line unit, if any.</param>
public readonly record struct ResolutionKey(ItemIdentifierKind Kind, string Value, string? PartnerId, string? Unit);
