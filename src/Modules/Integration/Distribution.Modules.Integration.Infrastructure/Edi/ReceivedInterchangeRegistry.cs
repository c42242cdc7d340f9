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
/// <see cref="IReceivedInterchangeRegistry"/> on <c>EdiReceivedInterchanges</c>, committed on a DbContext of its own.
/// A first receipt inserts the row; the unique index on (pair, ISA13) turns a racing second insert into a unique
/// violation. The loser, or a later resend, then renews the row only if it is older than the window — a conditional
/// update that one caller at most can win — and answers new when it did, duplicate when it did not.
/// </summary>
internal sealed class ReceivedInterchangeRegistry(
    IServiceScopeFactory scopeFactory,
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
        var groups = string.Join(',', interchange.GroupControlNumbers.Select(g => g.ToString(CultureInfo.InvariantCulture)));
        var correlationId = string.IsNullOrEmpty(correlation.CorrelationId) ? null : correlation.CorrelationId;

        await using var scope = scopeFactory.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<IntegrationDbContext>();
        var sameInterchange = context.ReceivedInterchanges.Where(r =>
            r.TheirQualifier == pair.TheirQualifier && r.TheirId == pair.TheirId
            && r.OurQualifier == pair.OurQualifier && r.OurId == pair.OurId
            && r.InterchangeControlNumber == interchange.InterchangeControlNumber);

        // Seen before: renew the row if it has left the window (one racer at most wins the conditional update).
        // Checked first so that an ordinary resend does not go through a failing insert.
        if (await sameInterchange.AnyAsync(cancellationToken))
        {
            return Log(await RenewAsync() ? ReceiptCheck.New : ReceiptCheck.Duplicate);
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
            return Log(await RenewAsync() ? ReceiptCheck.New : ReceiptCheck.Duplicate);
        }

        async Task<bool> RenewAsync() =>
            await sameInterchange.Where(r => r.ReceivedAtUtc < cutoff).ExecuteUpdateAsync(
                s => s.SetProperty(r => r.ReceivedAtUtc, now)
                    .SetProperty(r => r.GroupControlNumbers, groups)
                    .SetProperty(r => r.CorrelationId, correlationId),
                cancellationToken) == 1;

        ReceiptCheck Log(ReceiptCheck result)
        {
            logger.LogInformation(
                "Interchange {InterchangeControlNumber} (groups {GroupControlNumbers}) from {PartnerPair} is {ReceiptCheck} (correlation {CorrelationId})",
                interchange.InterchangeControlNumber, groups, pair.ToString(), result, correlationId);
            return result;
        }
    }
}
