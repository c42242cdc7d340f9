using Mediator;

namespace Distribution.Modules.Partners.Application.ApiClients.CreateApiClient;

/// <summary>Creates an API client and issues its first key.</summary>
/// <param name="Name">Display name.</param>
/// <param name="Kind">admin, internal, customer or supplier.</param>
/// <param name="PartnerId">Required for customer and supplier clients: the tenant their keys see.</param>
/// <param name="Scopes">Scopes to grant (ignored for admin clients, which get <c>admin</c>).</param>
/// <param name="KeyExpiresAt">When the first key stops working (UTC); none for no expiry.</param>
public sealed record CreateApiClientCommand(string Name, string Kind, string? PartnerId, IReadOnlyList<string>? Scopes, DateTime? KeyExpiresAt)
    : ICommand<IssuedApiKeyDto>;
