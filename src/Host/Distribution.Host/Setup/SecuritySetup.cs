using System.Security.Claims;
using Distribution.BuildingBlocks.Infrastructure.Tenancy;
using Distribution.BuildingBlocks.Infrastructure.Web;
using Distribution.Modules.Partners.Infrastructure;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Distribution.Host.Setup;

/// <summary>
/// API routes authenticate with <c>X-Api-Key</c>, or, when <c>Authentication:Jwt:Authority</c> is configured, with a
/// JWT bearer token of an internal user (scopes from its <c>scope</c> claim); the admin pages (<c>/hangfire</c>,
/// <c>/ops</c>) with a cookie an admin gets by signing in with the admin key. Keeping cookies off the API means no
/// CSRF exposure there.
/// </summary>
internal static class SecuritySetup
{
    public const string HubScheme = "Hub";
    public const string AdminCookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string JwtScheme = JwtBearerDefaults.AuthenticationScheme;
    public const string AdminPolicy = "AdminPages";

    public static void AddHubSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var jwt = configuration.GetSection("Authentication:Jwt");
        var jwtEnabled = !string.IsNullOrWhiteSpace(jwt["Authority"]);
        var authentication = services.AddAuthentication(HubScheme)
            .AddPolicyScheme(HubScheme, "API key (or JWT bearer) for /api, admin cookie for pages", options =>
                options.ForwardDefaultSelector = context =>
                    !context.Request.Path.StartsWithSegments("/api") ? AdminCookieScheme
                    : jwtEnabled && context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? JwtScheme
                        : PartnersModule.ApiKeyScheme)
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
        if (jwtEnabled)
        {
            authentication.AddJwtBearer(JwtScheme, options =>
            {
                options.Authority = jwt["Authority"];
                options.Audience = jwt["Audience"];
                options.RequireHttpsMetadata = jwt.GetValue("RequireHttpsMetadata", true);
                options.MapInboundClaims = false;
                options.TokenValidationParameters.NameClaimType = "name";
                options.Events = new JwtBearerEvents { OnTokenValidated = context => NormaliseClaims(context) };
            });
        }

        services.AddAuthorizationBuilder()
            .AddPolicy(AdminPolicy, policy => policy
                .AddAuthenticationSchemes(AdminCookieScheme)
                .RequireAuthenticatedUser()
                .RequireClaim(Scopes.ClaimType, Scopes.Admin));
    }

    // OAuth puts all scopes in one space-separated claim; the hub's policies look for one claim per scope. Token
    // holders are internal users: unrestricted unless the token itself binds them to a partner.
    private static Task NormaliseClaims(TokenValidatedContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity identity)
        {
            return Task.CompletedTask;
        }

        foreach (var combined in identity.FindAll(Scopes.ClaimType).Where(c => c.Value.Contains(' ', StringComparison.Ordinal)).ToList())
        {
            identity.RemoveClaim(combined);
            foreach (var scope in combined.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                identity.AddClaim(new Claim(Scopes.ClaimType, scope));
            }
        }

        if (identity.FindFirst(ClaimTypes.NameIdentifier) is null && identity.FindFirst("sub") is { } subject)
        {
            identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, $"jwt:{subject.Value}"));
        }

        if (identity.FindFirst(ClientClaims.ClientKind) is null)
        {
            identity.AddClaim(new Claim(ClientClaims.ClientKind, "internal"));
        }

        return Task.CompletedTask;
    }
}
