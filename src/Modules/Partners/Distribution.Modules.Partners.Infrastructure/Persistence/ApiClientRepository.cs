using Distribution.Modules.Partners.Application.Abstractions;
using Distribution.Modules.Partners.Domain.ApiClients;
using Microsoft.EntityFrameworkCore;

namespace Distribution.Modules.Partners.Infrastructure.Persistence;

internal sealed class ApiClientRepository(PartnersDbContext context) : IApiClientRepository
{
    public Task<ApiClient?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        context.ApiClients.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);

    public async Task<IReadOnlyList<ApiClient>> FindByKeyPrefixAsync(string prefix, CancellationToken cancellationToken) =>
        await context.ApiClients.Where(c => c.Keys.Any(k => k.Prefix == prefix)).ToListAsync(cancellationToken);

    public Task<bool> AnyAdminAsync(CancellationToken cancellationToken) =>
        context.ApiClients.AnyAsync(c => c.Kind == ApiClientKind.Admin, cancellationToken);

    public async Task<IReadOnlyList<ApiClient>> ListAsync(Guid? afterId, int limit, CancellationToken cancellationToken) =>
        await context.ApiClients.AsNoTracking()
            .Where(c => afterId == null || c.Id.CompareTo(afterId.Value) > 0)
            .OrderBy(c => c.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);

    public void Add(ApiClient client) => context.ApiClients.Add(client);
}
