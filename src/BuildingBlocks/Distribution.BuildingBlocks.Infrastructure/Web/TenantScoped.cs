using Microsoft.AspNetCore.Builder;

namespace Distribution.BuildingBlocks.Infrastructure.Web;

/// <summary>
/// Marks an endpoint whose data belongs to one partner: a partner-bound key gets 404 for another partner's
/// resource (and lists without them). The tenant-isolation test enumerates every endpoint carrying this metadata
/// and calls it with another tenant's key, so a new route cannot join without being checked.
/// </summary>
/// <param name="OwnerKind">The kind of partner owning the data (e.g. <c>customer</c>), or <c>*</c> when any kind may own it.</param>
public sealed record TenantScopedMetadata(string OwnerKind);

/// <summary>Adds <see cref="TenantScopedMetadata"/> to endpoints.</summary>
public static class TenantScopedExtensions
{
    /// <summary>Declares that these endpoints return data owned by one partner of <paramref name="ownerKind"/>.</summary>
    public static TBuilder TenantScoped<TBuilder>(this TBuilder builder, string ownerKind)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new TenantScopedMetadata(ownerKind));
}
