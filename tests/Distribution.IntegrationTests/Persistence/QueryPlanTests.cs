using System.Data.Common;
using Distribution.IntegrationTests.Infrastructure;
using Distribution.Modules.Integration.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.IntegrationTests.Persistence;

/// <summary>
/// Queries that run once per batch of events must seek an index: a scan of a table that grows with every event makes
/// each batch slower than the one before. SQLite's own plan for the statement EF Core actually sends is checked.
/// </summary>
[TestFixture]
public sealed class QueryPlanTests : StartedHubFixture
{
    private const string TableScan = "^SCAN (?!\\w+ VIRTUAL TABLE)";

    [Test]
    public async Task ListQueuedAsync_SeeksTheMessagesOfTheBatchsEvents()
    {
        var captured = new CapturedCommands();
        await using var context = IntegrationContext(captured);

        await new OutboundMessageRepository(context).ListQueuedAsync([Guid.CreateVersion7(), Guid.CreateVersion7()], CancellationToken.None);

        var plan = await PlanAsync(context, captured.Single());
        Assert.That(plan, Has.Some.Contains("IX_OutboundMessages_EventId_SubscriptionId"), string.Join(Environment.NewLine, plan));
        // The only scan allowed is of the ids parameter itself (json_each, a virtual table).
        Assert.That(plan, Has.None.Match(TableScan), "a scan of the message log or one of its indexes");
    }

    [Test]
    public async Task ListByIdsAsync_SendsABatchsIdsAsOneParameter()
    {
        var captured = new CapturedCommands();
        await using var context = IntegrationContext(captured);
        var ids = Enumerable.Range(0, 500).Select(_ => Guid.CreateVersion7()).ToList();

        await new OutboundMessageRepository(context).ListByIdsAsync(ids, CancellationToken.None);

        // One parameter per id would cost SQLite n² name comparisons to bind (ModuleDatabaseRegistration).
        var command = captured.Single();
        Assert.That(command.Parameters, Has.Count.EqualTo(1), command.Text);
        Assert.That(command.Text, Does.Contain("json_each"));
        var plan = await PlanAsync(context, command);
        Assert.That(plan, Has.None.Match(TableScan), string.Join(Environment.NewLine, plan));
    }

    // The hub's own options for the context (provider settings and interceptors), plus the capture.
    private SqliteIntegrationDbContext IntegrationContext(CapturedCommands captured) =>
        new(new DbContextOptionsBuilder<SqliteIntegrationDbContext>(
                Hub.Services.GetRequiredService<DbContextOptions<SqliteIntegrationDbContext>>())
            .AddInterceptors(captured)
            .Options);

    // SQLite's plan (the "detail" column of EXPLAIN QUERY PLAN) for the captured statement with its parameters.
    private static async Task<List<string>> PlanAsync(DbContext context, SentCommand captured)
    {
        await context.Database.OpenConnectionAsync();
        await using var explain = context.Database.GetDbConnection().CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + captured.Text;
        foreach (var (name, value) in captured.Parameters)
        {
            var copy = explain.CreateParameter();
            copy.ParameterName = name;
            copy.Value = value;
            explain.Parameters.Add(copy);
        }

        var details = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            details.Add(reader.GetString(reader.GetOrdinal("detail")));
        }

        return details;
    }

    private sealed record SentCommand(string Text, IReadOnlyList<(string Name, object? Value)> Parameters);

    // Copied as sent: EF Core clears a command's parameters once it has run.
    private sealed class CapturedCommands : DbCommandInterceptor
    {
        private readonly List<SentCommand> _commands = [];

        public SentCommand Single() => _commands.Single();

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            _commands.Add(new SentCommand(
                command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList()));
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
