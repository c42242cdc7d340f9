using System.Globalization;
using Distribution.BuildingBlocks.Application.Correlation;
using Distribution.BuildingBlocks.Infrastructure.Persistence;
using Distribution.Modules.Integration.Application.Edi;
using Distribution.Modules.Integration.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Distribution.Modules.Integration.Infrastructure.Edi;

/// <summary>
/// <see cref="IReceivedInterchangeRegistry"/> on <c>EdiReceivedInterchanges</c>. Claims are committed on a DbContext
/// of their own: a first receipt inserts the row, and the unique index on (pair, ISA13) turns a racing second insert
/// into a unique violation. The loser, or a later resend, then renews the row only if it has left the window (or its
/// claim lapsed untaken) — a conditional update that one caller at most can win. Marking taken goes through the
/// request's own DbContext, so it commits with the receipt or not at all.
/// </summary>
internal sealed class ReceivedInterchangeRegistry(
    IServiceScopeFactory scopeFactory,
    IntegrationDbContext unitOfWorkContext,
    TimeProvider clock,
    ICorrelationContext correlation,
    ILogger<ReceivedInterchangeRegistry> logger) : IReceivedInterchangeRegistry
{
    public async Task<ReceiptCheck> CheckAndRecordAsync(
        ReceivedInterchangeKey interchange, TimeSpan window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interchange);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, TimeSpan.Zero);
        var pair = interchange.Pair;
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now - window;
        var claimCutoff = now - IReceivedInterchangeRegistry.ClaimTimeout;
        var groups = string.Join(',', interchange.GroupControlNumbers.Select(g => g.ToString(CultureInfo.InvariantCulture)));
        var correlationId = string.IsNullOrEmpty(correlation.CorrelationId) ? null : correlation.CorrelationId;

        await using var scope = scopeFactory.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<IntegrationDbContext>();
        var sameInterchange = Same(context.ReceivedInterchanges, interchange);

        // Seen before: renew the row if it has left the window or its claim lapsed (one racer at most wins the
        // conditional update). Checked first so that an ordinary resend does not go through a failing insert.
        if (await sameInterchange.AnyAsync(cancellationToken))
        {
            return Log(await RenewAsync() ? ReceiptCheck.New : await BlockedAsync());
        }

        context.ReceivedInterchanges.Add(new ReceivedInterchange
        {
            OurQualifier = pair.OurQualifier,
            OurId = pair.OurId,
            TheirQualifier = pair.TheirQualifier,
            TheirId = pair.TheirId,
            InterchangeControlNumber = interchange.InterchangeControlNumber,
            GroupControlNumbers = groups,
            ReceivedAtUtc = now,
            CorrelationId = correlationId,
        });
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return Log(ReceiptCheck.New);
        }
        catch (DbUpdateException exception) when (UniqueViolation.IsCausedBy(exception))
        {
            // A concurrent receipt inserted it first.
            return Log(await RenewAsync() ? ReceiptCheck.New : await BlockedAsync());
        }

        async Task<bool> RenewAsync() =>
            await sameInterchange
                .Where(r => r.TakenAtUtc != null ? r.ReceivedAtUtc < cutoff : r.ReceivedAtUtc < claimCutoff)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(r => r.ReceivedAtUtc, now)
                        .SetProperty(r => r.TakenAtUtc, (DateTime?)null)
                        .SetProperty(r => r.GroupControlNumbers, groups)
                        .SetProperty(r => r.CorrelationId, correlationId),
                    cancellationToken) == 1;

        async Task<ReceiptCheck> BlockedAsync() =>
            await sameInterchange.AnyAsync(r => r.TakenAtUtc != null, cancellationToken) ? ReceiptCheck.Duplicate : ReceiptCheck.InProgress;

        ReceiptCheck Log(ReceiptCheck result)
        {
            logger.LogInformation(
                "Interchange {InterchangeControlNumber} (groups {GroupControlNumbers}) from {PartnerPair} is {ReceiptCheck} (correlation {CorrelationId})",
                interchange.InterchangeControlNumber, groups, pair.ToString(), result, correlationId);
            return result;
        }
    }

    public async Task MarkTakenAsync(ReceivedInterchangeKey interchange, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interchange);
        var row = await Same(unitOfWorkContext.ReceivedInterchanges, interchange).SingleAsync(cancellationToken);
        row.TakenAtUtc = clock.GetUtcNow().UtcDateTime;
    }

    public async Task ReleaseAsync(ReceivedInterchangeKey interchange, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interchange);
        await using var scope = scopeFactory.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<IntegrationDbContext>();
        await Same(context.ReceivedInterchanges, interchange).Where(r => r.TakenAtUtc == null).ExecuteDeleteAsync(cancellationToken);
    }

    private static IQueryable<ReceivedInterchange> Same(IQueryable<ReceivedInterchange> rows, ReceivedInterchangeKey interchange)
    {
        var pair = interchange.Pair;
        return rows.Where(r =>
            r.TheirQualifier == pair.TheirQualifier && r.TheirId == pair.TheirId
            && r.OurQualifier == pair.OurQualifier && r.OurId == pair.OurId
            && r.InterchangeControlNumber == interchange.InterchangeControlNumber);
    }
}
