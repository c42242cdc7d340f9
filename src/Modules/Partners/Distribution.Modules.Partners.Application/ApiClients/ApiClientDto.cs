using System.ComponentModel.DataAnnotations;
using Distribution.Modules.Partners.Domain.ApiClients;

namespace Distribution.Modules.Partners.Application.ApiClients;

/// <summary>An API client as admins see it (never with key material).</summary>
/// <param name="Id">Client id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Kind">admin, internal, customer or supplier.</param>
/// <param name="PartnerId">The customer or supplier the keys are bound to.</param>
/// <param name="Scopes">Granted scopes.</param>
/// <param name="Keys">Its keys, by prefix, oldest first: the newest <see cref="KeysShown"/> (unrevoked keys before revoked ones).</param>
/// <param name="RateLimit">Its own rate limit; null when the configured default applies.</param>
public sealed record ApiClientDto(
    Guid Id, string Name, string Kind, string? PartnerId, IReadOnlyList<string> Scopes,
    [property: MaxLength(ApiClientDto.KeysShown)] IReadOnlyList<ApiKeyDto> Keys, RateLimitDto? RateLimit)
{
    /// <summary>Most keys listed: a client has at most two active keys, and revoked or expired ones pile up with every rotation.</summary>
    public const int KeysShown = 20;
}

/// <summary>A client's own token bucket.</summary>
/// <param name="TokenLimit">Bucket size: the burst a client may send at once.</param>
/// <param name="TokensPerPeriod">Tokens added each replenishment period (<c>RateLimiting:ReplenishmentPeriod</c>).</param>
public sealed record RateLimitDto(int TokenLimit, int TokensPerPeriod);

/// <summary>A key as admins see it: its prefix and dates, never the secret.</summary>
/// <param name="Id">Key id (to revoke it).</param>
/// <param name="Prefix">Public prefix.</param>
/// <param name="CreatedAt">Issued at (UTC).</param>
/// <param name="ExpiresAt">Stops working at (UTC), if ever.</param>
/// <param name="RevokedAt">Revoked at (UTC), if revoked.</param>
/// <param name="LastUsedAt">Last use (UTC).</param>
public sealed record ApiKeyDto(Guid Id, string Prefix, DateTime CreatedAt, DateTime? ExpiresAt, DateTime? RevokedAt, DateTime? LastUsedAt);

/// <summary>A key at the only moment its secret is visible.</summary>
/// <param name="ClientId">The client it belongs to.</param>
/// <param name="KeyId">Key id.</param>
/// <param name="ApiKey">The key: send it as <c>X-Api-Key</c>. Shown once, never again.</param>
/// <param name="ExpiresAt">Stops working at (UTC), if ever.</param>
public sealed record IssuedApiKeyDto(Guid ClientId, Guid KeyId, [property: MaxLength(ApiKeySecret.GeneratedLength)] string ApiKey, DateTime? ExpiresAt);
