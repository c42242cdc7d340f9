using System.Collections.Concurrent;
using Hangfire;

namespace Distribution.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// Wakes a module's dispatcher right after a commit, so events leave in milliseconds instead of waiting for the
/// sweep. Signals coalesce: while a dispatch job is queued but not started, further commits add nothing, since
/// that job will claim their rows too.
/// </summary>
public sealed class OutboxSignal(IBackgroundJobClient jobs)
{
    private readonly ConcurrentDictionary<string, int> _queued = new(StringComparer.Ordinal);

    /// <summary>Asks for a dispatch of <paramref name="moduleName"/>'s outbox.</summary>
    public void Signal(string moduleName)
    {
        if (_queued.TryUpdate(moduleName, 1, 0) || _queued.TryAdd(moduleName, 1))
        {
            jobs.Enqueue<OutboxDispatchJob>(job => job.DispatchAsync(moduleName, CancellationToken.None));
        }
    }

    /// <summary>Called by the dispatch job as it starts: commits from now on need a new signal.</summary>
    internal void Started(string moduleName) => _queued[moduleName] = 0;
}
