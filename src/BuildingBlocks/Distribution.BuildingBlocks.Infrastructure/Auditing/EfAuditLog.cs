using Distribution.BuildingBlocks.Application.Auditing;
using Distribution.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.BuildingBlocks.Infrastructure.Auditing;

/// <summary>
/// The audit log over the <c>AuditLog</c> table of <typeparamref name="TContext"/>. Each append runs in a fresh scope
/// (never the request's DbContext, which may hold a failed change) and takes the next sequence after the last
/// entry's; appends in this process queue on a semaphore, and another instance racing for the same sequence hits
/// the primary key and retries on the new end of the chain.
/// </summary>
public sealed class EfAuditLog<TContext>(IServiceScopeFactory scopes) : IAuditLog
    where TContext : ModuleDbContext
{
    private const int Attempts = 5;
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <inheritdoc />
    public async Task AppendAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                await using var scope = scopes.CreateAsyncScope();
                var context = scope.ServiceProvider.GetRequiredService<TContext>();
                var last = await context.Set<AuditEntry>().AsNoTracking().OrderByDescending(e => e.Sequence)
                    .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(cancellationToken);
                context.Set<AuditEntry>().Add(AuditEntry.Chain((last?.Sequence ?? 0) + 1, last?.Hash ?? AuditEntry.GenesisHash, record));
                try
                {
                    await context.SaveChangesAsync(cancellationToken);
                    return;
                }
                catch (DbUpdateException exception) when (UniqueViolation.IsCausedBy(exception) && attempt < Attempts)
                {
                    // Another instance appended first: chain onto its entry instead.
                }
            }
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntryView>> ListAsync(
        long? beforeSequence, string? correlationId, int limit, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var entries = await scope.ServiceProvider.GetRequiredService<TContext>().Set<AuditEntry>().AsNoTracking()
            .Where(e => beforeSequence == null || e.Sequence < beforeSequence)
            .Where(e => correlationId == null || e.CorrelationId == correlationId)
            .OrderByDescending(e => e.Sequence)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return entries.Select(e => e.ToView()).ToList();
    }

    /// <inheritdoc />
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var entries = scope.ServiceProvider.GetRequiredService<TContext>().Set<AuditEntry>().AsNoTracking()
            .OrderBy(e => e.Sequence).AsAsyncEnumerable();
        var expectedPrevious = AuditEntry.GenesisHash;
        long expectedSequence = 1;
        long checkedCount = 0;
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            if (entry.Sequence != expectedSequence || entry.PreviousHash != expectedPrevious || entry.ComputeHash() != entry.Hash)
            {
                return new AuditVerification(false, checkedCount, entry.Sequence);
            }

            expectedPrevious = entry.Hash;
            expectedSequence++;
            checkedCount++;
        }

        return new AuditVerification(true, checkedCount, null);
    }
}
