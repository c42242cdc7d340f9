namespace Distribution.BuildingBlocks.Infrastructure.Tenancy;

/// <summary>Claims an authenticated API client carries besides its name, id and scopes.</summary>
public static class ClientClaims
{
    /// <summary>admin, internal, customer or supplier.</summary>
    public const string ClientKind = "client_kind";

    /// <summary>The partner the client's keys are bound to (absent when unrestricted).</summary>
    public const string PartnerId = "partner_id";

    /// <summary>Per-client token-bucket size override (absent: the configured default).</summary>
    public const string RateLimitTokens = "rate_limit_tokens";

    /// <summary>Per-client tokens added per replenishment period (absent: the configured default).</summary>
    public const string RateLimitTokensPerPeriod = "rate_limit_tokens_per_period";
}
