using Mediator;

namespace Distribution.Modules.Partners.Application.ApiClients.AuthenticateApiKey;

/// <summary>Who holds this key, if it is an active key.</summary>
/// <param name="PresentedKey">The <c>X-Api-Key</c> value.</param>
public sealed record AuthenticateApiKeyQuery(string PresentedKey) : IQuery<ApiClientIdentity?>;

/// <summary>An authenticated caller.</summary>
/// <param name="ClientId">The API client.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">admin, internal, customer or supplier.</param>
/// <param name="PartnerId">The tenant its keys are bound to.</param>
/// <param name="Scopes">Granted scopes.</param>
/// <param name="KeyPrefix">The key used (for logs; never the secret).</param>
/// <param name="RateLimit">The client's own rate limit, if it has one.</param>
public sealed record ApiClientIdentity(
    Guid ClientId, string Name, string Kind, string? PartnerId, IReadOnlyList<string> Scopes, string KeyPrefix, RateLimitDto? RateLimit = null);
