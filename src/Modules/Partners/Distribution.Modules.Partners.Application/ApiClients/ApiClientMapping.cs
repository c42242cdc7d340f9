using Distribution.Modules.Partners.Domain.ApiClients;

namespace Distribution.Modules.Partners.Application.ApiClients;

internal static class ApiClientMapping
{
    public static ApiClientDto ToDto(this ApiClient client) => new(
        client.Id,
        client.Name,
        client.Kind.ToString().ToLowerInvariant(),
        client.PartnerId,
        client.Scopes,
        client.Keys.OrderBy(k => k.RevokedAtUtc is null).ThenBy(k => k.CreatedAtUtc).TakeLast(ApiClientDto.KeysShown)
            .OrderBy(k => k.CreatedAtUtc)
            .Select(k => new ApiKeyDto(k.Id, k.Prefix, k.CreatedAtUtc, k.ExpiresAtUtc, k.RevokedAtUtc, k.LastUsedAtUtc))
            .ToList(),
        client.RateLimitTokens is { } tokens && client.RateLimitTokensPerPeriod is { } perPeriod ? new RateLimitDto(tokens, perPeriod) : null);
}
