using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Distribution.BuildingBlocks.Infrastructure.Tenancy;
using Distribution.BuildingBlocks.Infrastructure.Web;
using Distribution.Modules.Partners.Application.ApiClients.AuthenticateApiKey;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Distribution.Modules.Partners.Infrastructure.Authentication;

/// <summary>
/// Authenticates <c>X-Api-Key</c>. Keys are accepted in that header only: never in a query string, where they
/// would end up in proxy and server logs.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ISender sender,
    ApiKeyCache cache) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Request.Headers[HeaderName].ToString();
        if (string.IsNullOrEmpty(presented))
        {
            return AuthenticateResult.NoResult();
        }

        var identity = cache.Find(presented);
        if (identity is null)
        {
            identity = await sender.Send(new AuthenticateApiKeyQuery(presented), Context.RequestAborted);
            if (identity is null)
            {
                return AuthenticateResult.Fail("The API key is not valid.");
            }

            cache.Remember(presented, identity);
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, identity.ClientId.ToString()),
            new(ClaimTypes.Name, identity.Name),
            new(PartnerClaims.ClientKind, identity.Kind),
            new(PartnerClaims.KeyPrefix, identity.KeyPrefix),
        };
        if (identity.PartnerId is not null)
        {
            claims.Add(new Claim(PartnerClaims.PartnerId, identity.PartnerId));
        }

        if (identity.RateLimit is { } limit)
        {
            claims.Add(new Claim(ClientClaims.RateLimitTokens, limit.TokenLimit.ToString(CultureInfo.InvariantCulture)));
            claims.Add(new Claim(ClientClaims.RateLimitTokensPerPeriod, limit.TokensPerPeriod.ToString(CultureInfo.InvariantCulture)));
        }

        claims.AddRange(identity.Scopes.Select(s => new Claim(Scopes.ClaimType, s)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
