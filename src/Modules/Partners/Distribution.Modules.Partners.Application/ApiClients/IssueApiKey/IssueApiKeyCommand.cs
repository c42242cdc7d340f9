using Mediator;

namespace Distribution.Modules.Partners.Application.ApiClients.IssueApiKey;

/// <summary>Issues another key for a client (rotation: issue, switch, revoke the old one).</summary>
/// <param name="ClientId">The client.</param>
/// <param name="ExpiresAt">When the key stops working (UTC); none for no expiry.</param>
public sealed record IssueApiKeyCommand(Guid ClientId, DateTime? ExpiresAt) : ICommand<IssuedApiKeyDto>;
