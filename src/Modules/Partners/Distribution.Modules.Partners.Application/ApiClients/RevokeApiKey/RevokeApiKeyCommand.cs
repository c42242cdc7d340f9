using Mediator;

namespace Distribution.Modules.Partners.Application.ApiClients.RevokeApiKey;

/// <summary>Revokes one key of a client; it stops working at once.</summary>
/// <param name="ClientId">The client.</param>
/// <param name="KeyId">The key.</param>
public sealed record RevokeApiKeyCommand(Guid ClientId, Guid KeyId) : ICommand;
