using System.Security.Claims;
using Distribution.BuildingBlocks.Application.Tenancy;
using Microsoft.AspNetCore.Http;

namespace Distribution.BuildingBlocks.Infrastructure.Tenancy;

/// <summary>
/// The tenant of the current HTTP request, from the claims <c>client_kind</c> and <c>partner_id</c>. Admin callers
/// are never restricted, even if a partner id was recorded for them; outside a request (jobs) nobody is.
/// </summary>
public sealed class ClaimsTenantContext(IHttpContextAccessor accessor) : ITenantContext
{
    private const string AdminKind = "admin";

    private ClaimsPrincipal? User => accessor.HttpContext?.User;

    /// <inheritdoc />
    public string? ClientKind => User?.FindFirst(ClientClaims.ClientKind)?.Value;

    /// <inheritdoc />
    public string? PartnerId => IsRestricted ? User!.FindFirst(ClientClaims.PartnerId)!.Value : null;

    /// <inheritdoc />
    public bool IsRestricted =>
        User?.FindFirst(ClientClaims.PartnerId)?.Value is { Length: > 0 }
        && !string.Equals(ClientKind, AdminKind, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public bool CanSee(string ownerKind, string ownerId) =>
        !IsRestricted
        || (string.Equals(ClientKind, ownerKind, StringComparison.OrdinalIgnoreCase)
            && string.Equals(PartnerId, ownerId, StringComparison.Ordinal));
}
