using Distribution.Modules.Integration.Application.Abstractions;
using Distribution.Modules.Integration.Domain.Edi;
using Distribution.Modules.Integration.Domain.Exceptions;
using Microsoft.EntityFrameworkCore;

namespace Distribution.Modules.Integration.Infrastructure.Persistence;

internal sealed class EdiMessageRepository(IntegrationDbContext context) : IEdiMessageRepository
{
    public Task<EdiMessage?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        context.EdiMessages.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);

    public async Task<IReadOnlyList<EdiMessage>> ListAsync(EdiMessageFilter filter, Guid? beforeId, int limit, CancellationToken cancellationToken) =>
        await context.EdiMessages.AsNoTracking()
            .Where(m => filter.PartnerId == null || m.PartnerId == filter.PartnerId)
            .Where(m => filter.Direction == null || m.Direction == filter.Direction)
            .Where(m => filter.Status == null || m.Status == filter.Status)
            .Where(m => filter.CorrelationId == null || m.CorrelationId == filter.CorrelationId)
            .Where(m => beforeId == null || m.Id.CompareTo(beforeId.Value) < 0)
            .OrderByDescending(m => m.Id).Take(limit).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<EdiMessage>> ListWaitingAsync(
        string? partnerId, string? transport, Guid? afterId, int limit, CancellationToken cancellationToken) =>
        await context.EdiMessages.AsNoTracking()
            .Where(m => m.Status == EdiMessageStatus.Waiting)
            .Where(m => partnerId == null || m.PartnerId == partnerId)
            .Where(m => transport == null || m.Transport == transport)
            .Where(m => afterId == null || m.Id.CompareTo(afterId.Value) > 0)
            .OrderBy(m => m.Id).Take(limit).ToListAsync(cancellationToken);

    public void Add(EdiMessage message) => context.EdiMessages.Add(message);
}

internal sealed class SentGroupRepository(IntegrationDbContext context) : ISentGroupRepository
{
    public Task<SentGroup?> FindAsync(string partnerId, string functionalIdentifier, string groupControlNumber, CancellationToken cancellationToken) =>
        context.EdiSentGroups
            .Where(g => g.PartnerId == partnerId && g.FunctionalIdentifier == functionalIdentifier && g.GroupControlNumber == groupControlNumber)
            .OrderByDescending(g => g.Id)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<SentGroup>> ListNewlyOverdueAsync(DateTime nowUtc, int limit, CancellationToken cancellationToken) =>
        await context.EdiSentGroups
            .Where(g => g.Status == SentGroupStatus.AwaitingAcknowledgement && g.AcknowledgementDueAtUtc < nowUtc)
            .OrderBy(g => g.AcknowledgementDueAtUtc).Take(limit).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<SentGroup>> ListAsync(
        string? partnerId, SentGroupStatus? status, Guid? beforeId, int limit, CancellationToken cancellationToken) =>
        await context.EdiSentGroups.AsNoTracking()
            .Where(g => partnerId == null || g.PartnerId == partnerId)
            .Where(g => status == null || g.Status == status)
            .Where(g => beforeId == null || g.Id.CompareTo(beforeId.Value) < 0)
            .OrderByDescending(g => g.Id).Take(limit).ToListAsync(cancellationToken);

    public void Add(SentGroup group) => context.EdiSentGroups.Add(group);
}

internal sealed class ExceptionCaseRepository(IntegrationDbContext context) : IExceptionCaseRepository
{
    public Task<ExceptionCase?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        context.Exceptions.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);

    public async Task<ExceptionCase?> FindOpenAsync(string kind, string? partnerId, string? reference, CancellationToken cancellationToken) =>
        context.Exceptions.Local.FirstOrDefault(e => e.Status == ExceptionStatus.Open && e.Kind == kind && e.PartnerId == partnerId && e.Reference == reference)
        ?? await context.Exceptions
            .Where(e => e.Status == ExceptionStatus.Open && e.Kind == kind && e.PartnerId == partnerId && e.Reference == reference)
            .OrderByDescending(e => e.Id).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<ExceptionCase>> ListAsync(ExceptionFilter filter, Guid? beforeId, int limit, CancellationToken cancellationToken) =>
        await context.Exceptions.AsNoTracking()
            .Where(e => filter.Status == null || e.Status == filter.Status)
            .Where(e => filter.Kind == null || e.Kind == filter.Kind)
            .Where(e => filter.PartnerId == null || e.PartnerId == filter.PartnerId)
            .Where(e => beforeId == null || e.Id.CompareTo(beforeId.Value) < 0)
            .OrderByDescending(e => e.Id).Take(limit).ToListAsync(cancellationToken);

    public void Add(ExceptionCase exceptionCase) => context.Exceptions.Add(exceptionCase);
}
