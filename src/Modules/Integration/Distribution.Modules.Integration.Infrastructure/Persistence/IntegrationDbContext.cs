using Distribution.BuildingBlocks.Infrastructure.Persistence;
using Distribution.Modules.Integration.Domain.Edi;
using Distribution.Modules.Integration.Domain.Exceptions;
using Distribution.Modules.Integration.Domain.Messages;
using Distribution.Modules.Integration.Domain.Subscriptions;
using Distribution.Modules.Integration.Domain.SyncJobs;
using Distribution.Modules.Integration.Infrastructure.Edi;
using Microsoft.EntityFrameworkCore;

namespace Distribution.Modules.Integration.Infrastructure.Persistence;

/// <summary>The Integration module's database (schema <c>integration</c>, or <c>integration.db</c>).</summary>
internal abstract class IntegrationDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string Module = "integration";

    public override string ModuleName => Module;

    public DbSet<WebhookSubscription> Subscriptions => Set<WebhookSubscription>();

    public DbSet<OutboundMessage> OutboundMessages => Set<OutboundMessage>();

    public DbSet<SyncSchedule> SyncSchedules => Set<SyncSchedule>();

    public DbSet<ControlNumberCounter> ControlNumberCounters => Set<ControlNumberCounter>();

    public DbSet<ReceivedInterchange> ReceivedInterchanges => Set<ReceivedInterchange>();

    public DbSet<EdiMessage> EdiMessages => Set<EdiMessage>();

    public DbSet<SentGroup> EdiSentGroups => Set<SentGroup>();

    public DbSet<ExceptionCase> Exceptions => Set<ExceptionCase>();

    // Each webhook job records the outcomes of its batch (Webhooks:DeliveryBatchSize, 100) in one commit (ADR 0016).
    protected override IReadOnlySet<Type> UpdatedByBoundStatements { get; } = new HashSet<Type> { typeof(OutboundMessage) };
}

/// <summary>SQLite flavour: carries the SQLite migrations.</summary>
internal sealed class SqliteIntegrationDbContext(DbContextOptions<SqliteIntegrationDbContext> options) : IntegrationDbContext(options);

/// <summary>SQL Server flavour: carries the SQL Server migrations.</summary>
internal sealed class SqlServerIntegrationDbContext(DbContextOptions<SqlServerIntegrationDbContext> options) : IntegrationDbContext(options);
