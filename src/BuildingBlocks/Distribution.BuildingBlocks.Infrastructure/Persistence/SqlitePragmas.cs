using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Distribution.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Per-connection SQLite settings: wait for a writer instead of failing with SQLITE_BUSY (jobs and requests write
/// concurrently), and in WAL mode sync at checkpoints only — a killed process loses nothing, only a power cut
/// could lose the last commits.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) =>
        SqliteWriteGate.Release(connection);

    public override Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        SqliteWriteGate.Release(connection);
        return Task.CompletedTask;
    }

    // A connection disposed without being closed first (EF disposes a context's connection that way) must not take a
    // held write gate with it: every later writer to the file would wait the gate's full timeout.
    public override InterceptionResult ConnectionDisposing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        SqliteWriteGate.Release(connection);
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionDisposingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        SqliteWriteGate.Release(connection);
        return ValueTask.FromResult(result);
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
