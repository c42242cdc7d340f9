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
public sealed class QueryPlanTests
{
    private HubFactory _hub = null!;

    [OneTimeSetUp]
    public void StartHub()
    {
        _hub = new HubFactory();
        _ = _hub.Services; // starts the host: the databases are migrated
    }

    [OneTimeTearDown]
    public async Task StopHub() => await _hub.DisposeAsync();

    [Test]
    public async Task ListQueuedAsync_SeeksTheMessagesOfTheBatchsEvents()
    {
        var captured = new CapturedCommands();
        await using var context = IntegrationContext(captured);

        await new OutboundMessageRepository(context).ListQueuedAsync([Guid.CreateVersion7(), Guid.CreateVersion7()], CancellationToken.None);

        var plan = await PlanAsync(context, captured.Single());
        Assert.That(plan, Has.Some.Contains("IX_OutboundMessages_EventId_SubscriptionId"), string.Join(Environment.NewLine, plan));
        // The only scan allowed is of the ids parameter itself (json_each).
        Assert.That(plan, Has.None.Match("^SCAN (?!json_each)"), "a scan of the message log or one of its indexes");
    }

    private SqliteIntegrationDbContext IntegrationContext(CapturedCommands captured)
    {
        using var scope = _hub.Services.CreateScope();
        var connectionString = scope.ServiceProvider.GetRequiredService<IntegrationDbContext>().Database.GetConnectionString();
        return new SqliteIntegrationDbContext(new DbContextOptionsBuilder<SqliteIntegrationDbContext>()
            .UseSqlite(connectionString)
            .AddInterceptors(captured)
            .Options);
    }

    // SQLite's plan (the "detail" column of EXPLAIN QUERY PLAN) for the captured statement with its parameters.
    private static async Task<List<string>> PlanAsync(DbContext context, DbCommand captured)
    {
        await context.Database.OpenConnectionAsync();
        await using var explain = context.Database.GetDbConnection().CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + captured.CommandText;
        foreach (DbParameter parameter in captured.Parameters)
        {
            var copy = explain.CreateParameter();
            copy.ParameterName = parameter.ParameterName;
            copy.Value = parameter.Value;
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

    private sealed class CapturedCommands : DbCommandInterceptor
    {
        private readonly List<DbCommand> _commands = [];

        public DbCommand Single() => _commands.Single();

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            _commands.Add(command);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
