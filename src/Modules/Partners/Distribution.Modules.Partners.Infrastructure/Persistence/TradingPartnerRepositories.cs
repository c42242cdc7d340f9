using Distribution.Modules.Partners.Application.Abstractions;
using Distribution.Modules.Partners.Domain.PartnerTemplates;
using Distribution.Modules.Partners.Domain.TradingPartners;
using Microsoft.EntityFrameworkCore;

namespace Distribution.Modules.Partners.Infrastructure.Persistence;

internal sealed class TradingPartnerRepository(PartnersDbContext context) : ITradingPartnerRepository
{
    public Task<TradingPartnerProfile?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        context.TradingPartners.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    public Task<bool> ExistsForAsync(PartnerKind kind, string partnerId, CancellationToken cancellationToken) =>
        context.TradingPartners.AnyAsync(p => p.PartnerKind == kind && p.PartnerId == partnerId, cancellationToken);

    public async Task<IReadOnlyList<TradingPartnerProfile>> ListAsync(
        Guid? afterId, PartnerKind? kind, string? onlyPartnerId, int limit, CancellationToken cancellationToken) =>
        await context.TradingPartners.AsNoTracking()
            .Where(p => afterId == null || p.Id.CompareTo(afterId.Value) > 0)
            .Where(p => kind == null || p.PartnerKind == kind)
            .Where(p => onlyPartnerId == null || p.PartnerId == onlyPartnerId)
            .OrderBy(p => p.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);

    public void Add(TradingPartnerProfile profile) => context.TradingPartners.Add(profile);
}

internal sealed class PartnerTemplateRepository(PartnersDbContext context) : IPartnerTemplateRepository
{
    public Task<PartnerTemplate?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        context.PartnerTemplates.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);

    public Task<bool> ExistsAsync(string key, int version, CancellationToken cancellationToken) =>
        context.PartnerTemplates.AnyAsync(t => t.Key == key && t.TemplateVersion == version, cancellationToken);

    public async Task<IReadOnlyList<PartnerTemplate>> ListAsync(CancellationToken cancellationToken) =>
        await context.PartnerTemplates.AsNoTracking().OrderBy(t => t.Key).ThenBy(t => t.TemplateVersion).ToListAsync(cancellationToken);

    public void Add(PartnerTemplate template) => context.PartnerTemplates.Add(template);
}
