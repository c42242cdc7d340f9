using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Distribution.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Distribution.IntegrationTests.Ops;

/// <summary>Health endpoints, the Swagger document, and who may open the admin pages and the API.</summary>
[TestFixture]
public sealed class HealthAndSecurityTests
{
    private HubFactory _hub = null!;

    [OneTimeSetUp]
    public void StartHub() => _hub = new HubFactory();

    [OneTimeTearDown]
    public async Task StopHub() => await _hub.DisposeAsync();

    [Test]
    public async Task HealthLive_WithoutApiKey_Answers200()
    {
        using var client = _hub.CreateClient();
        using var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task HealthReady_WhenStarted_Answers200AndNamesDatabaseJobStorageAndOutboxLag()
    {
        using var client = _hub.CreateClient();
        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);

        var checks = JsonNode.Parse(body)!["checks"]!.AsArray().Select(c => c.Str("name")).ToList();
        Assert.That(checks, Is.SupersetOf(new[]
        {
            "database-catalog", "database-integration", "database-partners", "job-storage", "outbox-lag",
        }), body);
    }

    [Test]
    public async Task SwaggerDocument_WhenRequested_DescribesItemsAndTheApiKeyScheme()
    {
        using var client = _hub.CreateClient();
        using var response = await client.GetAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var document = await response.JsonAsync();
        Assert.That(document["paths"]!.AsObject().Select(p => p.Key), Does.Contain("/api/v1/items"));
        var scheme = document["components"]?["securitySchemes"]?["ApiKey"];
        Assert.That(scheme, Is.Not.Null, "components.securitySchemes.ApiKey");
        Assert.Multiple(() =>
        {
            Assert.That(scheme.Str("type"), Is.EqualTo("apiKey"));
            Assert.That(scheme.Str("in"), Is.EqualTo("header"));
            Assert.That(scheme.Str("name"), Is.EqualTo("X-Api-Key"));
        });
    }

    [Test]
    public async Task HangfireDashboard_WithoutCookie_RedirectsToSignIn()
    {
        using var browser = Browser();
        using var response = await browser.GetAsync(new Uri("/hangfire", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.OriginalString, Does.StartWith("/ops/sign-in"));
    }

    [Test]
    public async Task OpsPages_AfterSignInWithAdminKey_OpenHangfireAndOps()
    {
        using var browser = Browser();
        using var signIn = await SignInAsync(browser, HubFactory.AdminApiKey);
        Assert.That(signIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(signIn.Headers.Location?.OriginalString, Is.EqualTo("/ops"));

        using var hangfire = await browser.GetAsync(new Uri("/hangfire", UriKind.Relative));
        var hangfirePage = await hangfire.Content.ReadAsStringAsync();
        using var ops = await browser.GetAsync(new Uri("/ops", UriKind.Relative));
        var opsPage = await ops.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(hangfire.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(hangfirePage, Does.Contain("Distribution Hub jobs"));
            Assert.That(ops.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(opsPage, Does.Contain("Readiness"));
        });
    }

    [Test]
    public async Task NonAdminKey_WhenSigningInOrCreatingAnItem_Gets401And403()
    {
        using var admin = _hub.CreateAdminClient();
        var issued = await admin.PostOkAsync("/api/v1/api-clients", new
        {
            name = "Catalog reader " + Guid.NewGuid().ToString("N")[..8],
            kind = "internal",
            scopes = new[] { "catalog:read" },
        });
        var readerKey = issued.Str("apiKey")!;

        using var browser = Browser();
        using var signIn = await SignInAsync(browser, readerKey);
        using var hangfire = await browser.GetAsync(new Uri("/hangfire", UriKind.Relative));

        using var reader = _hub.CreateClientWithKey(readerKey);
        using var list = await reader.GetAsync(new Uri("/api/v1/items", UriKind.Relative));
        using var create = await reader.PostAsJsonAsync("/api/v1/items", new { sku = "READER-1", name = "Not allowed", baseUnit = "EA" });

        Assert.Multiple(() =>
        {
            Assert.That(signIn.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(hangfire.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "no cookie was issued");
            Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the key itself works for what it may read");
            Assert.That(create.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        });
    }

    private HttpClient Browser() => _hub.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string apiKey)
    {
        using var form = new FormUrlEncodedContent([new KeyValuePair<string, string>("apiKey", apiKey)]);
        return await browser.PostAsync(new Uri("/ops/sign-in", UriKind.Relative), form);
    }
}
