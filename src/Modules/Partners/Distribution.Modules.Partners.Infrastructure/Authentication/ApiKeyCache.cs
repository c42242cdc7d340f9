using Distribution.Modules.Partners.Application.Abstractions;
using Distribution.Modules.Partners.Application.ApiClients.AuthenticateApiKey;
using Distribution.Modules.Partners.Domain.ApiClients;
using Microsoft.Extensions.Caching.Memory;

namespace Distribution.Modules.Partners.Infrastructure.Authentication;

/// <summary>
/// Remembers authenticated keys for 30 seconds so a busy client costs one lookup every half minute, not one per
/// request. A revoked key is forgotten at once in this instance and within 30 seconds in any other.
/// </summary>
internal sealed class ApiKeyCache(IMemoryCache cache) : IApiKeyCache
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public ApiClientIdentity? Find(string presented) =>
        ApiKeySecret.PrefixOf(presented) is { } prefix
            && cache.TryGetValue(CacheKey(prefix), out Entry? entry)
            && entry is not null
            && ApiKeySecret.Matches(presented, entry.Hash)
            ? entry.Identity
            : null;

    public void Remember(string presented, ApiClientIdentity identity)
    {
        if (ApiKeySecret.PrefixOf(presented) is { } prefix)
        {
            cache.Set(CacheKey(prefix), new Entry(ApiKeySecret.HashOf(presented), identity), Lifetime);
        }
    }

    public void Forget(string prefix) => cache.Remove(CacheKey(prefix));

    private static string CacheKey(string prefix) => $"api-key:{prefix}";

    private sealed record Entry(string Hash, ApiClientIdentity Identity);
}
