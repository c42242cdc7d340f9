using System.Collections.Concurrent;
using Hangfire;

namespace Distribution.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// Wakes a module's dispatcher right after a commit, so events leave in milliseconds instead of waiting for the
/// sweep, without ever holding more than one Hangfire worker per module in this process:
/// <list type="bullet">
/// <item>while a dispatch job is queued, further commits add nothing: that job will claim their rows too;</item>
/// <item>while this process runs a dispatcher for the module, a commit only marks it to look once more before it
/// stops, and a second dispatch job that starts here returns at once instead of waiting on the dispatcher lock
/// (before, each commit during a long dispatch queued a job that then sat on a worker waiting for the lock).</item>
/// </list>
/// </summary>
public sealed class OutboxSignal(IBackgroundJobClient jobs, TimeProvider clock)
{
    /// <summary>
    /// How long a queued job is trusted to be still waiting. With several hosts on one job storage, a job queued
    /// here may start on another host, which cannot tell this one; after this long a commit here queues a new job,
    /// so this host's events never wait for the sweep because of a job that ran elsewhere.
    /// </summary>
    public static readonly TimeSpan QueuedJobTrustedFor = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<string, ModuleState> _modules = new(StringComparer.Ordinal);

    private enum Phase
    {
        Idle,
        Queued,
        Running,
        RunningSignalled,
    }

    /// <summary>Asks for a dispatch of <paramref name="moduleName"/>'s outbox.</summary>
    public void Signal(string moduleName)
    {
        var state = StateOf(moduleName);
        var now = clock.GetTimestamp();
        lock (state)
        {
            switch (state.Phase)
            {
                case Phase.Running:
                    state.Phase = Phase.RunningSignalled;
                    return;
                case Phase.RunningSignalled:
                    return;
                case Phase.Queued when clock.GetElapsedTime(state.QueuedAt, now) < QueuedJobTrustedFor:
                    return;
                default:
                    state.Phase = Phase.Queued;
                    state.QueuedAt = now;
                    break;
            }
        }

        try
        {
            jobs.Enqueue<OutboxDispatchJob>(job => job.DispatchAsync(moduleName, CancellationToken.None));
        }
        catch
        {
            // Nothing was queued: the next commit must try again.
            lock (state)
            {
                if (state.Phase == Phase.Queued)
                {
                    state.Phase = Phase.Idle;
                }
            }

            throw;
        }
    }

    /// <summary>
    /// Called by a dispatch job as it starts. False when this process already runs a dispatcher for the module: it
    /// has been told to look again before it stops, so the caller can return and free its worker.
    /// </summary>
    internal bool TryBeginRun(string moduleName)
    {
        var state = StateOf(moduleName);
        lock (state)
        {
            if (state.Phase is Phase.Running or Phase.RunningSignalled)
            {
                state.Phase = Phase.RunningSignalled;
                return false;
            }

            state.Phase = Phase.Running;
            return true;
        }
    }

    /// <summary>
    /// Called by the running dispatcher when it found nothing more to claim: true when a commit signalled since it
    /// last looked (it must look again), false when it may stop (commits from now on queue a new job).
    /// </summary>
    internal bool RunAgain(string moduleName)
    {
        var state = StateOf(moduleName);
        lock (state)
        {
            if (state.Phase == Phase.RunningSignalled)
            {
                state.Phase = Phase.Running;
                return true;
            }

            state.Phase = Phase.Idle;
            return false;
        }
    }

    /// <summary>Called when the running dispatcher failed: Hangfire retries it, and the next commit queues a job.</summary>
    internal void RunAbandoned(string moduleName)
    {
        var state = StateOf(moduleName);
        lock (state)
        {
            state.Phase = Phase.Idle;
        }
    }

    private ModuleState StateOf(string moduleName) => _modules.GetOrAdd(moduleName, static _ => new ModuleState());

    private sealed class ModuleState
    {
        public Phase Phase { get; set; }

        public long QueuedAt { get; set; }
    }
}
