using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Distribution.IntegrationTests.Partners;

/// <summary>
/// Internal users with a JWT from the configured authority, beside API keys. The test replaces the authority's
/// discovery document with a fixed configuration and signs tokens with a local key.
/// </summary>
[TestFixture]
public sealed class JwtBearerTests
{
    private const string Issuer = "https://login.example.test";
    private const string Audience = "distribution-hub";
    private static readonly SymmetricSecurityKey SigningKey = new(Encoding.UTF8.GetBytes("test-signing-key-0123456789-abcdefghijklmnop"));

    private PartnersHubFactory _hub = null!;

    [OneTimeSetUp]
    public void StartHub() => _hub = new PartnersHubFactory(
        new Dictionary<string, string?>
        {
            ["Authentication:Jwt:Authority"] = Issuer,
            ["Authentication:Jwt:Audience"] = Audience,
        },
        services => services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            // Stands in for the authority's discovery document: issuer and signing key, no network.
            var configuration = new OpenIdConnectConfiguration { Issuer = Issuer };
            configuration.SigningKeys.Add(SigningKey);
            var manager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
            options.Configuration = configuration;
            options.ConfigurationManager = manager;
            options.TokenValidationParameters.ConfigurationManager = manager;
        }));

    [OneTimeTearDown]
    public void StopHub() => _hub.Dispose();

    private static string Token(string scope, SecurityKey? key = null, string audience = Audience) => new JsonWebTokenHandler().CreateToken(
        new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Expires = DateTime.UtcNow.AddMinutes(5),
            Claims = new Dictionary<string, object> { ["sub"] = "alice", ["name"] = "Alice Admin-Assistant", ["scope"] = scope },
            SigningCredentials = new SigningCredentials(key ?? SigningKey, SecurityAlgorithms.HmacSha256),
        });

    private HttpClient WithBearer(string token)
    {
        var client = _hub.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Test]
    public async Task BearerToken_WithScopesInItsScopeClaim_IsAuthorised()
    {
        using var client = WithBearer(Token("orders:read partners:read"));

        var response = await client.GetAsync("/api/v1/customers");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), response.Headers.WwwAuthenticate.ToString());
    }

    [Test]
    public async Task BearerToken_WithoutTheScope_Returns403()
    {
        using var client = WithBearer(Token("orders:read"));

        var response = await client.GetAsync("/api/v1/customers");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task BearerToken_SignedByAnotherKeyOrForAnotherAudience_Returns401()
    {
        using var forged = WithBearer(Token("partners:read", new SymmetricSecurityKey(Encoding.UTF8.GetBytes("another-key-0123456789-abcdefghijklmnopqrst"))));
        using var elsewhere = WithBearer(Token("partners:read", audience: "another-api"));

        Assert.That((await forged.GetAsync("/api/v1/customers")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await elsewhere.GetAsync("/api/v1/customers")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task ApiKeys_KeepWorking_BesideJwt()
    {
        using var admin = _hub.Admin();

        var response = await admin.GetAsync("/api/v1/customers");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
