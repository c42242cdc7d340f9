using Mediator;

namespace Distribution.Modules.Partners.Application.ApiClients.SetApiClientRateLimit;

/// <summary>Gives a client its own token bucket, or (both values null) puts it back on the configured default.</summary>
/// <param name="ClientId">The client.</param>
/// <param name="TokenLimit">Bucket size (burst).</param>
/// <param name="TokensPerPeriod">Tokens added each replenishment period.</param>
public sealed record SetApiClientRateLimitCommand(Guid ClientId, int? TokenLimit, int? TokensPerPeriod) : ICommand<ApiClientDto>;
