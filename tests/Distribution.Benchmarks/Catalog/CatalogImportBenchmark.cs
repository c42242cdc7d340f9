using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Distribution.Modules.Catalog.Application.Imports;
using Distribution.Modules.Catalog.Application.Imports.ImportCatalog;
using Distribution.Modules.Catalog.Domain.Items;
using Distribution.Modules.Catalog.Infrastructure.Persistence;
using Hangfire;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.Benchmarks.Catalog;

/// <summary>
/// <c>dotnet run -c Release --project tests/Distribution.Benchmarks -- catalog-import [--rows N] [--warmup N] [--diagnostic 1]</c>:
/// N new items (one GTIN, one pack level each) through the real import use case (<see cref="ImportCatalogCommand"/>
/// as a JSON batch, sent through the mediator like the endpoint does) against a baseline of the same rows inserted
/// raw into the same SQLite tables (Items, ItemIdentifiers, ItemPacks) with prepared statements in one transaction.
/// The baseline runs first and its rows are deleted again, so both sides start from the same tables.
/// </summary>
internal sealed class CatalogImportBenchmark(int rows, int warmup, bool diagnostic)
{
    // OutboxDispatchJob's lock for the Catalog outbox.
    private const string DispatcherLock = "outbox-dispatch:catalog";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<int> RunAsync()
    {
        var factory = CatalogHubFactory.Start();
        try
        {
            string connectionString;
            using (var scope = factory.Services.CreateScope())
            {
                connectionString = scope.ServiceProvider.GetRequiredService<SqliteCatalogDbContext>().Database.GetConnectionString()!;
            }

            var loadBefore = LoadAverage();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Hub in-process: SQLite in {factory.WorkDirectory}; {Environment.ProcessorCount} cores; load {loadBefore}"));

            Console.WriteLine($"Warm-up: {warmup} rows each side ...");
            var warm = Rows("WRM", 2, warmup);
            await RawInsertAsync(connectionString, warm);
            await DeleteAsync(connectionString, "WRM");
            await ImportAsync(factory, Content(warm, "warmup"), "warmup");
            // The warm-up's events are dispatched and delivered before anything is measured, so neither side shares the
            // two cores with them.
            var warmDrain = Stopwatch.GetTimestamp();
            await WaitForOutboxDrainedAsync(connectionString, deliveredToo: true);
            await WaitForWebhooksSentAsync(connectionString);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Warm-up events dispatched, delivered and sent as webhooks after {Stopwatch.GetElapsedTime(warmDrain).TotalSeconds:F1} s"));

            var measured = Rows("BEN", 1, rows);
            Console.WriteLine($"Baseline: raw insert of {rows} rows ...");
            var rawCost = UnitCost.Start();
            var rawStart = Stopwatch.GetTimestamp();
            await RawInsertAsync(connectionString, measured);
            var rawSeconds = Stopwatch.GetElapsedTime(rawStart).TotalSeconds;
            var rawPerRow = rawCost.Per(rows);
            await CheckAsync(connectionString, "BEN", rows);
            await DeleteAsync(connectionString, "BEN");

            Console.WriteLine($"Import: {rows} rows through ImportCatalogCommand ...");
            var outboxBefore = await CountAsync(connectionString, "SELECT COUNT(*) FROM OutboxMessages");
            // The request body is serialised before the clock starts: the endpoint receives it as bytes.
            var content = Content(measured, "benchmark");
            var importCost = UnitCost.Start();
            var importStart = Stopwatch.GetTimestamp();
            var import = await ImportAsync(factory, content, "benchmark");
            var importSeconds = Stopwatch.GetElapsedTime(importStart).TotalSeconds;
            var importPerRow = importCost.Per(rows);
            if (import.Accepted != rows)
            {
                throw new InvalidOperationException($"Import accepted {import.Accepted} of {rows} rows ({import.Quarantined} quarantined).");
            }

            await CheckAsync(connectionString, "BEN", rows);
            var eventsPerRow = (double)(await CountAsync(connectionString, "SELECT COUNT(*) FROM OutboxMessages") - outboxBefore) / rows;

            // Diagnostic: the same import with the Catalog outbox dispatcher held off (its Hangfire lock taken), to see
            // how much of the time is the dispatcher draining the import's events on the same two cores.
            if (!diagnostic)
            {
                Report(rows, rawSeconds, rawPerRow, importSeconds, importPerRow, eventsPerRow, loadBefore, held: null);
                return 0;
            }

            // The import's events are still being dispatched; the diagnostic starts once they are.
            var drainStart = Stopwatch.GetTimestamp();
            await WaitForOutboxDrainedAsync(connectionString);
            var drainSeconds = Stopwatch.GetElapsedTime(drainStart).TotalSeconds;

            Console.WriteLine($"Diagnostic: {rows} rows through ImportCatalogCommand with the outbox dispatcher held ...");
            var diagnosticRows = Rows("DIA", 3, rows);
            double heldSeconds;
            using (var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection())
            {
                using (connection.AcquireDistributedLock(DispatcherLock, TimeSpan.FromMinutes(2)))
                {
                    var diagnosticContent = Content(diagnosticRows, "diagnostic");
                    var heldStart = Stopwatch.GetTimestamp();
                    await ImportAsync(factory, diagnosticContent, "diagnostic");
                    heldSeconds = Stopwatch.GetElapsedTime(heldStart).TotalSeconds;
                }
            }

            Report(rows, rawSeconds, rawPerRow, importSeconds, importPerRow, eventsPerRow, loadBefore, (heldSeconds, drainSeconds));
            return 0;
        }
        finally
        {
            await factory.DisposeAsync();
            factory.DeleteWorkDirectory();
        }
    }

    private static void Report(
        int rows, double rawSeconds, PhaseCost rawPerRow, double importSeconds,
        PhaseCost importPerRow, double eventsPerRow, string loadBefore, (double Held, double Drain)? held)
    {
        var rawRate = rows / rawSeconds;
        var importRate = rows / importSeconds;
        var ratio = importRate / rawRate;
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine(string.Create(inv, $"Catalog import, {rows:N0} new items (1 GTIN + 1 pack level each); load before {loadBefore}, after {LoadAverage()}"));
        Console.WriteLine(string.Create(inv, $"| Side | Time (s) | Rows/s | CPU µs/row | Allocated KB/row | GC pause (ms) | GCs gen 0/1/2 |"));
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(inv, $"| Raw SQLite insert (baseline) | {rawSeconds:F2} | {rawRate:N0} | {rawPerRow.CpuMicroseconds:F1} | {rawPerRow.AllocatedKilobytes:F2} | {rawPerRow.GcPauseMilliseconds:F0} | {rawPerRow.Collections} |"));
        Console.WriteLine(string.Create(inv, $"| ImportCatalogCommand (JSON) | {importSeconds:F2} | {importRate:N0} | {importPerRow.CpuMicroseconds:F1} | {importPerRow.AllocatedKilobytes:F2} | {importPerRow.GcPauseMilliseconds:F0} | {importPerRow.Collections} |"));
        if (held is var (heldSeconds, drainSeconds))
        {
            Console.WriteLine(string.Create(inv, $"| ImportCatalogCommand, outbox dispatcher held (diagnostic) | {heldSeconds:F2} | {rows / heldSeconds:N0} | | | | |"));
            Console.WriteLine(string.Create(inv, $"Outbox still draining the import's events after it returned: {drainSeconds:F1} s"));
        }

        Console.WriteLine(string.Create(inv, $"Outbox messages written per imported row: {eventsPerRow:F2}"));
        Console.WriteLine(string.Create(inv, $"Ratio import/baseline: {ratio:F3} (target >= 0.4: {(ratio >= 0.4 ? "PASS" : "FAIL")})"));
    }

    private static byte[] Content(IReadOnlyList<ItemRow> items, string fileName) =>
        JsonSerializer.SerializeToUtf8Bytes(new ItemBatch("benchmark", fileName, items), Json);

    private static async Task<ImportDto> ImportAsync(CatalogHubFactory factory, byte[] content, string fileName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        return await sender.Send(new ImportCatalogCommand("json", content, "benchmark", fileName));
    }

    // The same rows the import writes for a new item: the item, its GTIN (for the base unit) and its pack level.
    private static async Task RawInsertAsync(string connectionString, IReadOnlyList<ItemRow> items)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var item = Prepared(connection, transaction,
            "INSERT INTO Items (Id, Sku, Name, Description, BaseUnit, Status, CreatedAtUtc, UpdatedAtUtc, Version) VALUES ($id, $sku, $name, NULL, $unit, 'Active', $now, $now, 1)",
            "$id", "$sku", "$name", "$unit", "$now");
        await using var identifier = Prepared(connection, transaction,
            "INSERT INTO ItemIdentifiers (Kind, Value, LookupKey, Unit, ItemId) VALUES ('Gtin', $value, $key, $unit, $item)",
            "$value", "$key", "$unit", "$item");
        await using var pack = Prepared(connection, transaction,
            "INSERT INTO ItemPacks (FromUnit, Quantity, ToUnit, ItemId) VALUES ('CA', '12.0', $unit, $item)",
            "$unit", "$item");
        var now = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        foreach (var row in items)
        {
            var id = Guid.CreateVersion7().ToString().ToUpperInvariant();
            IdentifierFormat.TryNormalise(IdentifierKind.Gtin, row.Gtin, out var normalised, out var key, out _);
            await ExecuteAsync(item, id, row.Sku!, row.Name!, row.BaseUnit!, now);
            await ExecuteAsync(identifier, normalised, key, row.BaseUnit!, id);
            await ExecuteAsync(pack, row.BaseUnit!, id);
        }

        await transaction.CommitAsync();
    }

    private static SqliteCommand Prepared(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static Task<int> ExecuteAsync(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        return command.ExecuteNonQueryAsync();
    }

    private static async Task DeleteAsync(string connectionString, string prefix)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            DELETE FROM ItemIdentifiers WHERE ItemId IN (SELECT Id FROM Items WHERE Sku LIKE '{prefix}-%');
            DELETE FROM ItemPacks WHERE ItemId IN (SELECT Id FROM Items WHERE Sku LIKE '{prefix}-%');
            DELETE FROM Items WHERE Sku LIKE '{prefix}-%';
            """;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task WaitForOutboxDrainedAsync(string connectionString, bool deliveredToo = false)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(Stopwatch.Frequency * TimeSpan.FromMinutes(5).TotalSeconds);
        var pending = "SELECT COUNT(*) FROM OutboxMessages WHERE ProcessedAtUtc IS NULL"
            + (deliveredToo ? " UNION ALL SELECT COUNT(*) FROM OutboxDeliveries WHERE CompletedAtUtc IS NULL" : string.Empty);
        while (await CountAsync(connectionString, $"SELECT SUM(n) FROM ({pending.Replace("COUNT(*)", "COUNT(*) AS n", StringComparison.Ordinal)})") > 0)
        {
            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException("The Catalog outbox did not drain within five minutes.");
            }

            await Task.Delay(250);
        }
    }

    // The Integration module's webhook deliveries of those events (its own database beside catalog.db): none left to
    // attempt or retry.
    private static async Task WaitForWebhooksSentAsync(string catalogConnectionString)
    {
        var integration = new SqliteConnectionStringBuilder(catalogConnectionString);
        integration.DataSource = Path.Combine(Path.GetDirectoryName(integration.DataSource)!, "integration.db");
        var deadline = Stopwatch.GetTimestamp() + (long)(Stopwatch.Frequency * TimeSpan.FromMinutes(5).TotalSeconds);
        while (await CountAsync(integration.ConnectionString, "SELECT COUNT(*) FROM OutboundMessages WHERE Status IN ('Pending', 'Retrying')") > 0)
        {
            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException("The warm-up's webhooks were not sent within five minutes.");
            }

            await Task.Delay(250);
        }
    }

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task CheckAsync(string connectionString, string prefix, int expected)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT (SELECT COUNT(*) FROM Items WHERE Sku LIKE '{prefix}-%'),
                   (SELECT COUNT(*) FROM ItemIdentifiers x JOIN Items i ON i.Id = x.ItemId WHERE i.Sku LIKE '{prefix}-%'),
                   (SELECT COUNT(*) FROM ItemPacks p JOIN Items i ON i.Id = p.ItemId WHERE i.Sku LIKE '{prefix}-%')
            """;
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var (items, identifiers, packs) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
        if (items != expected || identifiers != expected || packs != expected)
        {
            throw new InvalidOperationException($"Expected {expected} items, identifiers and packs; found {items}, {identifiers}, {packs}.");
        }
    }

    // New items, EA based, one GTIN-13 (a distinct number per prefix digit) and a case of 12.
    private static List<ItemRow> Rows(string prefix, int gtinDigit, int count) =>
        Enumerable.Range(1, count)
            .Select(i => new ItemRow(
                string.Create(CultureInfo.InvariantCulture, $"{prefix}-{i:D7}"),
                string.Create(CultureInfo.InvariantCulture, $"Benchmark item {i}"),
                null, "EA", null, Gtin13(string.Create(CultureInfo.InvariantCulture, $"4{gtinDigit}{i:D10}")), null, null, "CA=12 EA"))
            .ToList();

    private static string Gtin13(string body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            // Weights 3 and 1 alternate from the digit next to the check digit.
            sum += (body[body.Length - 1 - i] - '0') * (i % 2 == 0 ? 3 : 1);
        }

        return body + (char)('0' + ((10 - (sum % 10)) % 10));
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    // Whole-process figures over a phase; the GC pause is wall time every managed thread of the process stood still.
    private readonly record struct UnitCost(TimeSpan Cpu, long Allocated, TimeSpan GcPause, (int, int, int) Collections)
    {
        public static UnitCost Start() =>
            new(Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: true), GC.GetTotalPauseDuration(), CollectionCounts());

        public PhaseCost Per(int units)
        {
            var (gen0, gen1, gen2) = CollectionCounts();
            return new((Process.GetCurrentProcess().TotalProcessorTime - Cpu).TotalMicroseconds / units,
                (GC.GetTotalAllocatedBytes(precise: true) - Allocated) / 1024.0 / units,
                (GC.GetTotalPauseDuration() - GcPause).TotalMilliseconds,
                $"{gen0 - Collections.Item1}/{gen1 - Collections.Item2}/{gen2 - Collections.Item3}");
        }

        private static (int, int, int) CollectionCounts() => (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
    }

    // Collections: how many gen 0 / gen 1 / gen 2 collections ran in the phase (each counts in the lower generations too).
    private readonly record struct PhaseCost(double CpuMicroseconds, double AllocatedKilobytes, double GcPauseMilliseconds, string Collections);
}
