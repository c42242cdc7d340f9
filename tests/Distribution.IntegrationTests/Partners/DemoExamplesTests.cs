using System.Net;
using System.Net.Http.Json;
using Distribution.BuildingBlocks.Infrastructure.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.IntegrationTests.Partners;

/// <summary>
/// API.md: every Swagger request example succeeds when sent once to a freshly started demo hub. This fixture
/// sends each example of the Partners routes, filling path parameters from the demo data and If-Match from a GET.
/// </summary>
[TestFixture]
public sealed class DemoExamplesTests
{
    private static readonly string[] PartnerRoutes =
        ["/api/v1/customers", "/api/v1/suppliers", "/api/v1/trading-partners", "/api/v1/partner-templates", "/api/v1/api-clients"];

    private PartnersHubFactory _hub = null!;
    private HttpClient _admin = null!;

    [OneTimeSetUp]
    public void StartDemoHub()
    {
        _hub = new PartnersHubFactory(new Dictionary<string, string?> { ["Demo:Seed"] = "true" });
        _admin = _hub.Admin();
    }

    [OneTimeTearDown]
    public void StopHub()
    {
        _admin.Dispose();
        _hub.Dispose();
    }

    [Test]
    public async Task DemoData_HasCustomersSuppliersAndProfiles()
    {
        var customers = await (await _admin.GetAsync("/api/v1/customers")).ExpectAsync(HttpStatusCode.OK);
        var suppliers = await (await _admin.GetAsync("/api/v1/suppliers?dropShipCapable=true")).ExpectAsync(HttpStatusCode.OK);
        var profiles = await (await _admin.GetAsync("/api/v1/trading-partners")).ExpectAsync(HttpStatusCode.OK);
        var clients = await (await _admin.GetAsync("/api/v1/api-clients")).ExpectAsync(HttpStatusCode.OK);

        Assert.That(customers.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("accountNumber").GetString()),
            Is.SupersetOf(new[] { "C-1000", "C-1001", "C-1002" }));
        Assert.That(suppliers.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("code").GetString()), Does.Contain("S-2000"));
        Assert.That(profiles.GetProperty("items").GetArrayLength(), Is.GreaterThanOrEqualTo(3));
        Assert.That(clients.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("partnerId").GetString()),
            Is.SupersetOf(new[] { "C-1000", "C-1001", "S-2000" }));
    }

    [Test]
    public async Task EverySwaggerExampleOfThePartnersRoutes_SucceedsOnAFreshDemoHub()
    {
        var endpoints = _hub.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<RequestExample>() is not null)
            .Where(e => PartnerRoutes.Any(r => e.RoutePattern.RawText!.StartsWith(r, StringComparison.Ordinal)))
            .ToList();
        Assert.That(endpoints, Has.Count.GreaterThanOrEqualTo(8));

        var failures = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var method = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Single();
            var url = await FillRouteAsync(endpoint.RoutePattern.RawText!);
            var example = endpoint.Metadata.GetMetadata<RequestExample>()!.Example;
            using var request = new HttpRequestMessage(new HttpMethod(method), url)
            {
                Content = JsonContent.Create(example, example.GetType(), options: PartnersHubFactory.Json),
            };
            if (method == HttpMethods.Put && !url.EndsWith("/rate-limit", StringComparison.Ordinal))
            {
                var current = await _admin.GetAsync(url);
                request.Headers.TryAddWithoutValidation("If-Match", current.Headers.ETag?.Tag);
            }

            var response = await _admin.SendAsync(request);
            if (!response.IsSuccessStatusCode)
            {
                failures.Add($"{method} {url} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
        }

        Assert.That(failures, Is.Empty);
    }

    private async Task<string> FillRouteAsync(string pattern)
    {
        var url = pattern.TrimEnd('/')
            .Replace("{accountNumber}", "C-1000", StringComparison.Ordinal)
            .Replace("{code}", "S-2000", StringComparison.Ordinal);
        if (url.Contains("/trading-partners/{id:guid}", StringComparison.Ordinal))
        {
            var profiles = await (await _admin.GetAsync("/api/v1/trading-partners?partnerKind=customer")).ReadJsonAsync();
            var contoso = profiles.GetProperty("items").EnumerateArray().First(p => p.GetProperty("partnerId").GetString() == "C-1001");
            url = url.Replace("{id:guid}", contoso.GetProperty("id").GetString(), StringComparison.Ordinal);
        }

        if (url.Contains("/partner-templates/{id:guid}", StringComparison.Ordinal))
        {
            var templates = await (await _admin.GetAsync("/api/v1/partner-templates")).ReadJsonAsync();
            var vics = templates.EnumerateArray().First(t => t.GetProperty("key").GetString() == "vics-retailer-x12-4010");
            url = url.Replace("{id:guid}", vics.GetProperty("id").GetString(), StringComparison.Ordinal);
        }

        if (url.Contains("{clientId:guid}", StringComparison.Ordinal))
        {
            var clients = await (await _admin.GetAsync("/api/v1/api-clients")).ReadJsonAsync();
            var demo = clients.GetProperty("items").EnumerateArray().First(c => c.GetProperty("partnerId").GetString() == "C-1000");
            url = url.Replace("{clientId:guid}", demo.GetProperty("id").GetString(), StringComparison.Ordinal);
        }

        Assert.That(url, Does.Not.Contain("{"), $"No demo value for a parameter of {pattern}");
        return url;
    }
}
