using Distribution.BuildingBlocks.Infrastructure.Web;
using Distribution.Modules.Partners.Infrastructure;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Distribution.Host.Setup;

/// <summary>
/// API routes authenticate with <c>X-Api-Key</c> only; the admin pages (<c>/hangfire</c>, <c>/ops</c>) with a
/// cookie an admin gets by signing in with the admin key. Keeping cookies off the API means no CSRF exposure there.
/// </summary>
internal static class SecuritySetup
{
    public const string HubScheme = "Hub";
    public const string AdminCookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string AdminPolicy = "AdminPages";

    public static void AddHubSecurity(this IServiceCollection services)
    {
        services.AddAuthentication(HubScheme)
            .AddPolicyScheme(HubScheme, "API key for /api, admin cookie for pages", options =>
                options.ForwardDefaultSelector = context =>
                    context.Request.Path.StartsWithSegments("/api") ? PartnersModule.ApiKeyScheme : AdminCookieScheme)
            .AddCookie(AdminCookieScheme, options =>
            {
                options.Cookie.Name = "hub-admin";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.LoginPath = "/ops/sign-in";
                options.AccessDeniedPath = "/ops/sign-in";
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(AdminPolicy, policy => policy
                .AddAuthenticationSchemes(AdminCookieScheme)
                .RequireAuthenticatedUser()
                .RequireClaim(Scopes.ClaimType, Scopes.Admin));
    }
}
