using Distribution.BuildingBlocks.Application.Errors;
using Distribution.Modules.Partners.Application.Abstractions;
using Distribution.Modules.Partners.Domain.ApiClients;
using Mediator;

namespace Distribution.Modules.Partners.Application.ApiClients.AuthenticateApiKey;

internal sealed class AuthenticateApiKeyQueryHandler(IApiClientRepository clients, IPartnersUnitOfWork unitOfWork, TimeProvider clock)
    : IQueryHandler<AuthenticateApiKeyQuery, ApiClientIdentity?>
{
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public async ValueTask<ApiClientIdentity?> Handle(AuthenticateApiKeyQuery query, CancellationToken cancellationToken)
    {
        if (ApiKeySecret.PrefixOf(query.PresentedKey) is not { } prefix)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var client in await clients.FindByKeyPrefixAsync(prefix, cancellationToken))
        {
            if (client.ActiveKeyMatching(query.PresentedKey, now) is not { } key)
            {
                continue;
            }

            if (key.LastUsedAtUtc is null || now - key.LastUsedAtUtc > LastUsedResolution)
            {
                await RecordUseAsync(client, key.Id, now, cancellationToken);
            }

            return new ApiClientIdentity(client.Id, client.Name, client.Kind.ToString().ToLowerInvariant(),
                client.PartnerId, client.Scopes, key.Prefix, client.ToDto().RateLimit);
        }

        return null;
    }

    // Bookkeeping only: a concurrent request recording the same use must never fail the caller's request.
    private async Task RecordUseAsync(ApiClient client, Guid keyId, DateTime now, CancellationToken cancellationToken)
    {
        client.RecordUse(keyId, now);
        try
        {
            await unitOfWork.CommitAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is PreconditionException or ConflictException)
        {
            // Another request wrote it first; the time it wrote is as good as ours.
        }
    }
}
