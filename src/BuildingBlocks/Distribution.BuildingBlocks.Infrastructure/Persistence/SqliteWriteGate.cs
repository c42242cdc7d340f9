using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Distribution.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Queues this process's write transactions on one SQLite file in memory instead of in SQLite's busy handler.
/// SQLite lets one writer in at a time; a second <c>BEGIN IMMEDIATE</c> waits in the busy handler, which sleeps in
/// steps of up to 100 ms and does not wake when the lock is freed, so concurrent jobs writing one module's file
/// spent most of their time asleep while the file was idle (docs/benchmarks.md). Here the next writer is let in as
/// soon as the previous transaction ends. The gate is advisory: a writer that has waited
/// <see cref="MaxWait"/> goes ahead and leaves the rest to SQLite's busy timeout (another process, or a transaction
/// whose end was not seen), and statements outside an explicit transaction are not gated at all.
/// </summary>
internal sealed class SqliteWriteGate : DbTransactionInterceptor
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(10);
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);
    private static readonly ConditionalWeakTable<DbConnection, SemaphoreSlim> Held = [];
    private static readonly ConditionalWeakTable<DbTransaction, DbConnection> Owners = [];

    public override InterceptionResult<DbTransaction> TransactionStarting(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        ArgumentNullException.ThrowIfNull(connection);
        // A new transaction on this connection means its previous one has ended, seen or not.
        Release(connection);
        var gate = GateOf(connection);
        if (gate.Wait(MaxWait))
        {
            Held.AddOrUpdate(connection, gate);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        Release(connection);
        var gate = GateOf(connection);
        if (await gate.WaitAsync(MaxWait, cancellationToken))
        {
            Held.AddOrUpdate(connection, gate);
        }

        return result;
    }

    // The transaction forgets its connection once it has ended, so remember whose it is.
    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Owners.AddOrUpdate(result, connection);
        return result;
    }

    public override ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        Owners.AddOrUpdate(result, connection);
        return ValueTask.FromResult(result);
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => End(transaction);

    public override Task TransactionCommittedAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        End(transaction);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => End(transaction);

    public override Task TransactionRolledBackAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        End(transaction);
        return Task.CompletedTask;
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => End(transaction);

    public override Task TransactionFailedAsync(
        DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        End(transaction);
        return Task.CompletedTask;
    }

    /// <summary>Gives back the gate <paramref name="connection"/> holds, if any (also called when it closes).</summary>
    internal static void Release(DbConnection connection)
    {
        if (Held.TryGetValue(connection, out var gate) && Held.Remove(connection))
        {
            gate.Release();
        }
    }

    private static void End(DbTransaction? transaction)
    {
        if (transaction is not null && Owners.TryGetValue(transaction, out var connection))
        {
            Owners.Remove(transaction);
            Release(connection);
        }
    }

    private static SemaphoreSlim GateOf(DbConnection connection) =>
        Gates.GetOrAdd(Path.GetFullPath(connection.DataSource), _ => new SemaphoreSlim(1, 1));
}
