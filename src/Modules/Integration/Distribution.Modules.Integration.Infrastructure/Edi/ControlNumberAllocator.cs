using System.Globalization;
using System.Runtime.CompilerServices;
using Distribution.BuildingBlocks.Application.Correlation;
using Distribution.Modules.Integration.Application.Edi;
using Distribution.Modules.Integration.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Distribution.Modules.Integration.Infrastructure.Edi;

/// <summary>
/// <see cref="IControlNumberAllocator"/> as one atomic statement per call — SQLite <c>INSERT … ON CONFLICT DO UPDATE
/// … RETURNING</c>, SQL Server <c>MERGE … WITH (HOLDLOCK) … OUTPUT</c> — on a DbContext of its own (a fresh scope),
/// so it commits at once whatever the caller's unit of work does, and no two callers (threads or host instances
/// sharing the database) get the same number. The rollover rule is <see cref="ControlNumbers.Next"/>.
/// </summary>
internal sealed class ControlNumberAllocator(
    IServiceScopeFactory scopeFactory,
    ICorrelationContext correlation,
    ILogger<ControlNumberAllocator> logger) : IControlNumberAllocator
{
    private static readonly string Max = ControlNumbers.Max.ToString(CultureInfo.InvariantCulture);

    // {0}..{4}: our qualifier, our id, their qualifier, their id, kind. Columns as ControlNumberCounterConfiguration maps them.
    private static readonly string SqliteStatement = $"""
        INSERT INTO "EdiControlNumbers" ("OurQualifier", "OurId", "TheirQualifier", "TheirId", "Kind", "Value")
        VALUES ({"{0}"}, {"{1}"}, {"{2}"}, {"{3}"}, {"{4}"}, 1)
        ON CONFLICT ("OurQualifier", "OurId", "TheirQualifier", "TheirId", "Kind")
        DO UPDATE SET "Value" = CASE WHEN "Value" >= {Max} OR "Value" < 0 THEN 1 ELSE "Value" + 1 END
        RETURNING "Value" AS "Value"
        """;

    private static readonly string SqlServerStatement = $"""
        MERGE [{IntegrationDbContext.Module}].[EdiControlNumbers] WITH (HOLDLOCK) AS [t]
        USING (SELECT {"{0}"} AS [OurQualifier], {"{1}"} AS [OurId], {"{2}"} AS [TheirQualifier], {"{3}"} AS [TheirId], {"{4}"} AS [Kind]) AS [s]
        ON [t].[OurQualifier] = [s].[OurQualifier] AND [t].[OurId] = [s].[OurId]
            AND [t].[TheirQualifier] = [s].[TheirQualifier] AND [t].[TheirId] = [s].[TheirId] AND [t].[Kind] = [s].[Kind]
        WHEN MATCHED THEN
            UPDATE SET [t].[Value] = CASE WHEN [t].[Value] >= {Max} OR [t].[Value] < 0 THEN 1 ELSE [t].[Value] + 1 END
        WHEN NOT MATCHED THEN
            INSERT ([OurQualifier], [OurId], [TheirQualifier], [TheirId], [Kind], [Value])
            VALUES ([s].[OurQualifier], [s].[OurId], [s].[TheirQualifier], [s].[TheirId], [s].[Kind], 1)
        OUTPUT [inserted].[Value] AS [Value];
        """;

    public async Task<int> NextAsync(PartnerPair pair, ControlNumberKind kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pair);
        await using var scope = scopeFactory.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<IntegrationDbContext>();
        var statement = FormattableStringFactory.Create(
            context.Database.IsSqlServer() ? SqlServerStatement : SqliteStatement,
            pair.OurQualifier, pair.OurId, pair.TheirQualifier, pair.TheirId, kind.ToString());
        var values = await context.Database.SqlQuery<int>(statement).ToListAsync(cancellationToken);
        var value = values.Single();
        logger.LogInformation(
            "Allocated {ControlNumberKind} control number {ControlNumber} for {PartnerPair} (correlation {CorrelationId})",
            kind, value, pair.ToString(), correlation.CorrelationId);
        return value;
    }
}
