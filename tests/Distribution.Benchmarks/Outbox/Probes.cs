using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Distribution.BuildingBlocks.Infrastructure.Outbox;
using Distribution.Modules.Integration.Infrastructure.Webhooks;
using Hangfire.Server;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Distribution.Benchmarks.Outbox;

/// <summary>
/// The measuring points, all on one monotonic clock (<see cref="Stopwatch.GetTimestamp"/>), none of them on the
/// measured path's critical section: the moment a unit of work's SaveChanges has committed outbox rows, the moment
/// a Hangfire worker starts an adapter job (<see cref="WebhookDeliveryJob"/>) or a baseline no-op job, and the
/// moment a baseline job's body has run.
/// </summary>
internal sealed class Probes : IServerFilter
{
    private const string StartedKey = "benchmark-started";

    /// <summary>Event id → when the transaction that wrote its outbox row committed.</summary>
    public ConcurrentDictionary<Guid, long> Commits { get; } = new();

    /// <summary>Outbound message id → when the first <see cref="WebhookDeliveryJob"/> carrying it started.</summary>
    public ConcurrentDictionary<Guid, long> AdapterJobStarts { get; } = new();

    /// <summary>Event id → when the first <see cref="OutboxDeliveryJob"/> carrying it started (the dispatcher's hop is done).</summary>
    public ConcurrentDictionary<Guid, long> DeliveryJobStarts { get; } = new();

    /// <summary>Per job type: how long its runs took (start → performed).</summary>
    public ConcurrentDictionary<string, ConcurrentBag<long>> JobDurations { get; } = new();

    /// <summary>Baseline job id → when it was enqueued.</summary>
    public ConcurrentDictionary<Guid, long> NoopEnqueues { get; } = new();

    /// <summary>Baseline job id → when a worker started it.</summary>
    public ConcurrentDictionary<Guid, long> NoopStarts { get; } = new();

    /// <summary>Baseline job id → when its body ran.</summary>
    public ConcurrentDictionary<Guid, long> NoopDone { get; } = new();

    /// <summary>Forgets everything (between phases, once the previous phase has drained).</summary>
    public void Clear()
    {
        Commits.Clear();
        AdapterJobStarts.Clear();
        DeliveryJobStarts.Clear();
        JobDurations.Clear();
        NoopEnqueues.Clear();
        NoopStarts.Clear();
        NoopDone.Clear();
    }

    /// <inheritdoc />
    public void OnPerforming(PerformingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = Stopwatch.GetTimestamp();
        var job = context.BackgroundJob.Job;
        if (job.Type == typeof(WebhookDeliveryJob))
        {
            // A delivery job carries one message (older signature) or a batch of them.
            foreach (var messageId in Ids(job.Args[0]))
            {
                AdapterJobStarts.TryAdd(messageId, now);
            }
        }
        else if (job.Type == typeof(OutboxDeliveryJob))
        {
            foreach (var eventId in Ids(job.Args[1]).Concat(Ids(job.Args[2])))
            {
                DeliveryJobStarts.TryAdd(eventId, now);
            }
        }
        else if (job.Type == typeof(NoopJob) && job.Args[0] is Guid noopId)
        {
            NoopStarts.TryAdd(noopId, now);
        }

        context.Items[StartedKey] = now;
    }

    /// <inheritdoc />
    public void OnPerformed(PerformedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(StartedKey, out var started) && started is long start)
        {
            JobDurations.GetOrAdd(context.BackgroundJob.Job.Type.Name, _ => [])
                .Add(Stopwatch.GetTimestamp() - start);
        }
    }

    private static IEnumerable<Guid> Ids(object? argument) => argument switch
    {
        Guid id => [id],
        IEnumerable<Guid> ids => ids,
        _ => [],
    };
}

/// <summary>Stamps the commit of outbox rows: ids collected before SaveChanges, stamped right after it commits.</summary>
internal sealed class CommitProbe(Probes probes) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Guid[]> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var added = context.ChangeTracker.Entries<OutboxMessage>()
            .Where(e => e.State == EntityState.Added)
            .Select(e => e.Entity.Id)
            .ToArray();
        if (added.Length > 0)
        {
            _pending.AddOrUpdate(context, added);
        }
    }

    private void Stamp(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var ids))
        {
            var now = Stopwatch.GetTimestamp();
            foreach (var id in ids)
            {
                probes.Commits.TryAdd(id, now);
            }

            _pending.Remove(context);
        }
    }
}

/// <summary>The baseline: a job that does nothing, activated from DI like the adapter jobs.</summary>
public sealed class NoopJob(NoopJobProbe probe)
{
    /// <summary>Records that it ran.</summary>
    public void Run(Guid id) => probe.Done(id);
}

/// <summary>Lets the public <see cref="NoopJob"/> report to the internal probes.</summary>
public sealed class NoopJobProbe
{
    private readonly Action<Guid> _done;

    internal NoopJobProbe(Probes probes) => _done = id => probes.NoopDone.TryAdd(id, Stopwatch.GetTimestamp());

    /// <summary>Stamps the end of a baseline job.</summary>
    public void Done(Guid id) => _done(id);
}
