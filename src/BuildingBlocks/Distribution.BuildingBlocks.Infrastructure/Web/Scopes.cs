using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;

namespace Distribution.BuildingBlocks.Infrastructure.Web;

/// <summary>
/// Scope-based authorisation: a caller needs the named scope (claim <c>scope</c>) or the <c>admin</c> scope.
/// Scope names are in API.md; each module uses its own.
/// </summary>
public static class Scopes
{
    /// <summary>The claim type carrying one scope per claim.</summary>
    public const string ClaimType = "scope";

    /// <summary>The scope that opens everything.</summary>
    public const string Admin = "admin";

    /// <summary>Requires <paramref name="scope"/> (or admin) on these endpoints.</summary>
    public static TBuilder RequireScope<TBuilder>(this TBuilder builder, string scope)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(PolicyFor(scope));

    /// <summary>Requires any one of <paramref name="scopes"/> (or admin) on these endpoints.</summary>
    public static TBuilder RequireAnyScope<TBuilder>(this TBuilder builder, params string[] scopes)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .RequireAssertion(context => context.User.HasClaim(ClaimType, Admin) || scopes.Any(scope => context.User.HasClaim(ClaimType, scope)))
            .Build());

    /// <summary>The policy that requires <paramref name="scope"/> or admin.</summary>
    public static AuthorizationPolicy PolicyFor(string scope) => new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .RequireAssertion(context => context.User.HasClaim(ClaimType, scope) || context.User.HasClaim(ClaimType, Admin))
        .Build();
}
