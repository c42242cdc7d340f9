using Distribution.BuildingBlocks.Domain;

namespace Distribution.Modules.Partners.Domain.ApiClients;

/// <summary>
/// One key of an API client. Only its prefix (for lookup) and a SHA-256 hash of the whole key are stored: keys are
/// 256-bit random secrets, so a fast hash is safe, and the plain key is shown once, at issue, and never again.
/// </summary>
public sealed class ApiKey : Entity<Guid>
{
    private ApiKey()
    {
    }

    internal ApiKey(Guid id, string prefix, string hash, DateTime createdAtUtc, DateTime? expiresAtUtc)
    {
        Id = id;
        Prefix = prefix;
        Hash = hash;
        CreatedAtUtc = createdAtUtc;
        ExpiresAtUtc = expiresAtUtc;
    }

    /// <summary>The public part used to find the key (also shown in lists so humans can tell keys apart).</summary>
    public string Prefix { get; private set; } = string.Empty;

    /// <summary>Hex SHA-256 of the whole key.</summary>
    public string Hash { get; private set; } = string.Empty;

    /// <summary>When it was issued.</summary>
    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>When it stops working, if ever.</summary>
    public DateTime? ExpiresAtUtc { get; private set; }

    /// <summary>When it was revoked, if it was.</summary>
    public DateTime? RevokedAtUtc { get; private set; }

    /// <summary>Last successful use (updated at most once a minute).</summary>
    public DateTime? LastUsedAtUtc { get; private set; }

    /// <summary>True when the key may be used at <paramref name="nowUtc"/>.</summary>
    public bool IsActive(DateTime nowUtc) => RevokedAtUtc is null && (ExpiresAtUtc is null || ExpiresAtUtc > nowUtc);

    internal void Revoke(DateTime nowUtc) => RevokedAtUtc ??= nowUtc;

    internal void MarkUsed(DateTime nowUtc) => LastUsedAtUtc = nowUtc;
}
