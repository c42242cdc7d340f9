using Distribution.BuildingBlocks.Domain;

namespace Distribution.Modules.Partners.Domain.ApiClients;

/// <summary>
/// A system that calls the hub: its scopes, the partner it is bound to (customer or supplier keys see only that
/// partner's data), and at most two active keys so a key can be rotated without downtime.
/// </summary>
public sealed class ApiClient : AggregateRoot<Guid>
{
    /// <summary>Active keys allowed at once: the current one and its replacement during a rotation.</summary>
    public const int MaxActiveKeys = 2;

    private readonly List<ApiKey> _keys = [];

    private ApiClient()
    {
    }

    /// <summary>Display name.</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>Admin, internal system, customer or supplier.</summary>
    public ApiClientKind Kind { get; private set; }

    /// <summary>The customer or supplier id the keys are bound to (tenant), if any.</summary>
    public string? PartnerId { get; private set; }

    /// <summary>Granted scopes (API.md).</summary>
    public IReadOnlyList<string> Scopes { get; private set; } = [];

    /// <summary>When it was created.</summary>
    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>Per-client token-bucket size (burst); null for the configured default.</summary>
    public int? RateLimitTokens { get; private set; }

    /// <summary>Per-client tokens added each replenishment period; null for the configured default.</summary>
    public int? RateLimitTokensPerPeriod { get; private set; }

    /// <summary>All keys, active or not.</summary>
    public IReadOnlyCollection<ApiKey> Keys => _keys.AsReadOnly();

    /// <summary>Creates a client and issues its first key.</summary>
    public static (ApiClient Client, ApiKeySecret Key) Create(
        string name, ApiClientKind kind, string? partnerId, IEnumerable<string> scopes, DateTime nowUtc,
        DateTime? keyExpiresAtUtc, ApiKeySecret? key = null)
    {
        var client = new ApiClient
        {
            Id = Guid.CreateVersion7(),
            Name = name,
            Kind = kind,
            PartnerId = partnerId,
            Scopes = kind == ApiClientKind.Admin ? ["admin"] : scopes.Distinct().Order(StringComparer.Ordinal).ToList(),
            CreatedAtUtc = nowUtc,
        };
        var secret = client.IssueKey(nowUtc, keyExpiresAtUtc, key);
        return (client, secret);
    }

    /// <summary>Issues another key; refused while two are active (revoke one first).</summary>
    public ApiKeySecret IssueKey(DateTime nowUtc, DateTime? expiresAtUtc, ApiKeySecret? key = null)
    {
        CheckRule(new AtMostTwoActiveKeysRule(_keys.Count(k => k.IsActive(nowUtc))));
        var secret = key ?? ApiKeySecret.Generate();
        _keys.Add(new ApiKey(Guid.CreateVersion7(), secret.Prefix, secret.Hash, nowUtc, expiresAtUtc));
        return secret;
    }

    /// <summary>Revokes a key; false when the client has no such key.</summary>
    public bool RevokeKey(Guid keyId, DateTime nowUtc)
    {
        var key = _keys.Find(k => k.Id == keyId);
        key?.Revoke(nowUtc);
        return key is not null;
    }

    /// <summary>The active key matching <paramref name="presented"/>, if any.</summary>
    public ApiKey? ActiveKeyMatching(string presented, DateTime nowUtc) =>
        _keys.Find(k => k.IsActive(nowUtc) && ApiKeySecret.Matches(presented, k.Hash));

    /// <summary>Overrides the configured rate limit for this client (both values), or clears the override (both null).</summary>
    public void SetRateLimit(int? tokens, int? tokensPerPeriod)
    {
        CheckRule(new RateLimitOverrideMustBeCompleteRule(tokens, tokensPerPeriod));
        RateLimitTokens = tokens;
        RateLimitTokensPerPeriod = tokensPerPeriod;
    }

    /// <summary>Records a use of a key (callers throttle this to avoid a write per request).</summary>
    public void RecordUse(Guid keyId, DateTime nowUtc) => _keys.Find(k => k.Id == keyId)?.MarkUsed(nowUtc);
}
