using Distribution.BuildingBlocks.Application.Errors;

namespace Distribution.BuildingBlocks.Application.Tenancy;

/// <summary>The one answer to "not yours": 404, never 403, so a caller cannot probe which ids exist.</summary>
public static class TenantContextExtensions
{
    /// <summary>Throws <see cref="NotFoundException"/> when the caller may not see data owned by this partner.</summary>
    public static void EnsureCanSee(this ITenantContext tenant, string ownerKind, string ownerId, string resource, object key)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        if (!tenant.CanSee(ownerKind, ownerId))
        {
            throw new NotFoundException(resource, key);
        }
    }

    /// <summary>The partner a list must be narrowed to for a caller of kind <paramref name="ownerKind"/>.</summary>
    /// <returns>Null when the caller sees everything; otherwise the only owner id it may see (an impossible one when
    /// the caller is bound to a partner of another kind).</returns>
    public static string? OnlyVisibleOwner(this ITenantContext tenant, string ownerKind)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        if (!tenant.IsRestricted)
        {
            return null;
        }

        return tenant.CanSee(ownerKind, tenant.PartnerId!) ? tenant.PartnerId : NoOwner;
    }

    /// <summary>An owner id no resource has: a restricted caller of another kind sees an empty list.</summary>
    public const string NoOwner = "\u0000";
}
