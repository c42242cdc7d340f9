using System.Collections.Concurrent;

namespace Distribution.Modules.Integration.Infrastructure.Edi.Transports;

/// <summary>
/// Decides which listed files a partner has finished writing. A file is ready when its name is not a temporary one
/// and either its modification time is older than the quiet period, or this tracker has seen it with the same size
/// and modification time for at least the quiet period (that second rule copes with a remote server whose clock
/// runs ahead of ours). Observations are kept per source folder, in memory: after a restart the first rule alone
/// applies until the second has seen the files again.
/// </summary>
internal sealed class QuietFileTracker(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Dictionary<string, Observation>> _sources = new(StringComparer.Ordinal);

    /// <summary>
    /// The files of <paramref name="listing"/> (everything now in folder <paramref name="source"/>) that are ready to
    /// be taken, oldest first.
    /// </summary>
    public IReadOnlyList<TransportFile> ReadyFiles(string source, IEnumerable<TransportFile> listing, TimeSpan quietPeriod)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var seen = _sources.GetOrAdd(source, _ => new Dictionary<string, Observation>(StringComparer.Ordinal));
        var ready = new List<TransportFile>();
        lock (seen)
        {
            var current = new Dictionary<string, Observation>(StringComparer.Ordinal);
            foreach (var file in listing.Where(f => !TransportFile.IsInProgressName(f.Name)))
            {
                var observation = seen.TryGetValue(file.Name, out var earlier)
                    && earlier.Length == file.Length && earlier.LastWriteUtc == file.LastWriteUtc
                        ? earlier
                        : new Observation(file.Length, file.LastWriteUtc, now);
                current[file.Name] = observation;
                if (now - file.LastWriteUtc >= quietPeriod || now - observation.FirstSeenUtc >= quietPeriod)
                {
                    ready.Add(file);
                }
            }

            // Only what is still listed is remembered, so the tracker does not grow with every file ever seen.
            seen.Clear();
            foreach (var (name, observation) in current)
            {
                seen[name] = observation;
            }
        }

        return ready.OrderBy(f => f.LastWriteUtc).ThenBy(f => f.Name, StringComparer.Ordinal).ToList();
    }

    private sealed record Observation(long Length, DateTime LastWriteUtc, DateTime FirstSeenUtc);
}
