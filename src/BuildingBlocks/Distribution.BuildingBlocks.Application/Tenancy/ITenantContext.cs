namespace Distribution.BuildingBlocks.Application.Tenancy;

/// <summary>
/// Whose data the current caller may see. Callers bound to a partner (their API client names one) see only that
/// partner's resources; everyone else (admins, internal systems, background jobs) is unrestricted. Handlers ask
/// this one interface instead of reading claims, so isolation is decided in one place.
/// </summary>
public interface ITenantContext
{
    /// <summary>The caller's kind as its credentials state it (e.g. <c>admin</c>, <c>internal</c>); null outside a request.</summary>
    string? ClientKind { get; }

    /// <summary>The partner the caller is bound to; null for unrestricted callers.</summary>
    string? PartnerId { get; }

    /// <summary>True when the caller may see only <see cref="PartnerId"/>'s data.</summary>
    bool IsRestricted { get; }

    /// <summary>True when the caller may see data owned by partner <paramref name="ownerId"/> of kind <paramref name="ownerKind"/>.</summary>
    bool CanSee(string ownerKind, string ownerId);
}
