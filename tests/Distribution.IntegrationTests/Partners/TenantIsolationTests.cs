using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Distribution.BuildingBlocks.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.IntegrationTests.Partners;

/// <summary>
/// The tenant matrix: every GET endpoint marked <see cref="TenantScopedMetadata"/> is called with each partner-bound
/// key against another tenant's resource and must answer 404 (or a list without it), never 403 and never the data.
/// A module adding a tenant-scoped route adds one line to <see cref="Cases"/>; a test fails until it does.
/// </summary>
[TestFixture]
public sealed class TenantIsolationTests
{
    private const string OwnCustomer = "TEN-A";
    private const string OtherCustomer = "TEN-B";
    private const string OwnSupplier = "TSUP-A";
    private const string OtherSupplier = "TSUP-B";

    private static readonly string[] PartnerScopes =
    [
        "catalog:read", "inventory:read", "pricing:read", "orders:read", "orders:write", "billing:read", "partners:read", "edi:exchange",
    ];

    // Route pattern → (URL of the other tenant's resource, URL of the caller's own resource, marker of the other
    // tenant's data). Built once the tenants' resources exist; add a line per new tenant-scoped GET route.
    private Dictionary<string, TenantCase> Cases { get; set; } = [];

    // GET routes a partner key can reach that hold no partner's data (shared master data).
    private static readonly HashSet<string> SharedRoutes = new(StringComparer.Ordinal)
    {
        "/api/v1/items/", "/api/v1/items/{sku}", "/api/v1/items/{sku}/uom-conversions/", "/api/v1/items/{sku}/uom-conversions/convert",
        "/api/v1/catalog/units", "/api/v1/catalog/resolve",
    };

    private PartnersHubFactory _hub = null!;
    private Dictionary<string, string> _keysByKind = null!;

    [OneTimeSetUp]
    public async Task SeedTwoTenantsOfEachKind()
    {
        _hub = new PartnersHubFactory();
        using var admin = _hub.Admin();
        foreach (var account in new[] { OwnCustomer, OtherCustomer })
        {
            (await admin.PostAsJsonAsync("/api/v1/customers",
                new { accountNumber = account, name = $"Tenant {account}", creditLimit = 0m, paymentTerms = "NET30" },
                PartnersHubFactory.Json)).EnsureSuccessStatusCode();
        }

        foreach (var code in new[] { OwnSupplier, OtherSupplier })
        {
            (await admin.PostAsJsonAsync("/api/v1/suppliers",
                new { code, name = $"Tenant {code}", dropShipCapable = true, leadTimeDays = 1, minimumOrder = 0m },
                PartnersHubFactory.Json)).EnsureSuccessStatusCode();
        }

        var ownProfile = await CreateProfileAsync(admin, "customer", OwnCustomer);
        var otherProfile = await CreateProfileAsync(admin, "customer", OtherCustomer);
        await CreateProfileAsync(admin, "supplier", OtherSupplier);
        await SendEdiAsync(admin, OwnCustomer);
        await SendEdiAsync(admin, OtherCustomer);

        Cases = new Dictionary<string, TenantCase>(StringComparer.Ordinal)
        {
            ["/api/v1/customers/{accountNumber}"] = new($"/api/v1/customers/{OtherCustomer}", $"/api/v1/customers/{OwnCustomer}", OtherCustomer),
            ["/api/v1/customers/"] = new("/api/v1/customers", "/api/v1/customers", OtherCustomer),
            ["/api/v1/suppliers/{code}"] = new($"/api/v1/suppliers/{OtherSupplier}", $"/api/v1/suppliers/{OwnSupplier}", OtherSupplier),
            ["/api/v1/suppliers/"] = new("/api/v1/suppliers", "/api/v1/suppliers", OtherSupplier),
            ["/api/v1/trading-partners/{id:guid}"] = new($"/api/v1/trading-partners/{otherProfile}", $"/api/v1/trading-partners/{ownProfile}", OtherCustomer),
            ["/api/v1/trading-partners/"] = new("/api/v1/trading-partners", "/api/v1/trading-partners", OtherCustomer),
            ["/api/v1/edi/outbound"] = new("/api/v1/edi/outbound", "/api/v1/edi/outbound", OtherCustomer),
        };

        _keysByKind = new Dictionary<string, string>
        {
            ["customer"] = await _hub.CreateKeyAsync("customer", OwnCustomer, PartnerScopes),
            ["supplier"] = await _hub.CreateKeyAsync("supplier", OwnSupplier, PartnerScopes),
        };
    }

    private static async Task<Guid> CreateProfileAsync(HttpClient admin, string partnerKind, string partnerId)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/trading-partners", new
        {
            partnerKind,
            partnerId,
            name = $"Profile {partnerId}",
            settings = new
            {
                environment = "test",
                acknowledgementPolicy = "none",
                duplicateCheckWindowHours = 24,
                preferredIdentifier = "sku",
                preferredUnit = "EA",
                isaQualifier = "ZZ",
                isaId = IsaIdOf(partnerId),
                gsApplicationId = IsaIdOf(partnerId),
                x12Version = "004010",
                documents = new object[]
                {
                    new { documentType = "orders", direction = "inbound", protocol = "rest", transport = (string?)null },
                    new { documentType = "855", direction = "outbound", protocol = "x12", transport = (string?)"http" },
                },
            },
        }, PartnersHubFactory.Json);
        var body = await response.ExpectAsync(HttpStatusCode.Created);
        return body.GetProperty("id").GetGuid();
    }

    private static string IsaIdOf(string partnerId) => partnerId.Replace("-", "", StringComparison.Ordinal);

    // A document waiting for the partner to collect over HTTP (GET /api/v1/edi/outbound).
    private static async Task SendEdiAsync(HttpClient admin, string partnerId)
    {
        var x12 = $"ISA*00*          *00*          *ZZ*DISTHUB        *ZZ*{IsaIdOf(partnerId),-15}*261128*0900*U*00401*000000001*0*T*>~"
            + "GS*PR*DISTHUB*X*20261128*0900*1*X*004010~ST*855*0001~BAK*00*AD*PO-1*20261128~SE*3*0001~GE*1*1~IEA*1*000000001~";
        var response = await admin.PostAsJsonAsync("/api/v1/edi/outbound", new { partnerId, x12 }, PartnersHubFactory.Json);
        await response.ExpectAsync(HttpStatusCode.Accepted);
    }

    [OneTimeTearDown]
    public void StopHub() => _hub.Dispose();

    private IReadOnlyList<RouteEndpoint> ApiGetEndpoints() => _hub.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>()
        .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
        .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
        .ToList();

    private IEnumerable<string> TenantScopedGetRoutes() => ApiGetEndpoints()
        .Where(e => e.Metadata.GetMetadata<TenantScopedMetadata>() is not null)
        .Select(e => e.RoutePattern.RawText!);

    [Test]
    public void EveryTenantScopedGetEndpoint_HasAMatrixCase()
    {
        var routes = TenantScopedGetRoutes().ToList();

        Assert.That(routes, Is.Not.Empty);
        Assert.That(routes.Where(r => !Cases.ContainsKey(r)), Is.Empty,
            "Add a case to TenantIsolationTests.Cases for each new tenant-scoped GET route.");
    }

    [Test]
    public async Task EveryGetEndpointAPartnerKeyCanReach_IsTenantScopedOrKnownShared()
    {
        var authorization = _hub.Services.GetRequiredService<IAuthorizationService>();
        var partner = new ClaimsPrincipal(new ClaimsIdentity(
            PartnerScopes.Select(s => new Claim(Scopes.ClaimType, s)).Append(new Claim("client_kind", "customer")), "test"));
        var unmarked = new List<string>();
        foreach (var endpoint in ApiGetEndpoints().Where(e => e.Metadata.GetMetadata<TenantScopedMetadata>() is null))
        {
            var reachable = true;
            foreach (var policy in endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>())
            {
                reachable &= (await authorization.AuthorizeAsync(partner, policy)).Succeeded;
            }

            if (reachable && !SharedRoutes.Contains(endpoint.RoutePattern.RawText!))
            {
                unmarked.Add(endpoint.RoutePattern.RawText!);
            }
        }

        Assert.That(unmarked, Is.Empty,
            "A partner key can call these GET routes: mark them .TenantScoped(kind) (and add a matrix case) or list them as shared.");
    }

    [Test]
    public async Task EveryTenantScopedGetEndpoint_HidesAnotherTenantsData_FromEveryPartnerKind(
        [Values("customer", "supplier")] string callerKind)
    {
        using var client = _hub.ClientWithKey(_keysByKind[callerKind]);
        var failures = new List<string>();
        foreach (var route in TenantScopedGetRoutes().Where(Cases.ContainsKey))
        {
            var @case = Cases[route];
            var response = await client.GetAsync(@case.ForeignUrl);
            var body = await response.Content.ReadAsStringAsync();
            var isList = @case.ForeignUrl == @case.OwnUrl;
            var hidden = isList
                ? response.StatusCode == HttpStatusCode.OK && !body.Contains(@case.ForeignMarker, StringComparison.Ordinal)
                : response.StatusCode == HttpStatusCode.NotFound;
            if (!hidden)
            {
                failures.Add($"{route} → {(int)response.StatusCode}: {body}");
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public async Task TenantScopedGetEndpoints_ShowTheCallersOwnData()
    {
        var failures = new List<string>();
        foreach (var endpoint in ApiGetEndpoints().Where(e => e.Metadata.GetMetadata<TenantScopedMetadata>() is not null))
        {
            var route = endpoint.RoutePattern.RawText!;
            var kind = endpoint.Metadata.GetMetadata<TenantScopedMetadata>()!.OwnerKind;
            if (!Cases.TryGetValue(route, out var @case) || !_keysByKind.TryGetValue(kind == "*" ? "customer" : kind, out var key))
            {
                continue;
            }

            using var client = _hub.ClientWithKey(key);
            var response = await client.GetAsync(@case.OwnUrl);
            var body = await response.Content.ReadAsStringAsync();
            var own = kind == "supplier" ? OwnSupplier : OwnCustomer;
            if (response.StatusCode != HttpStatusCode.OK || !body.Contains(own, StringComparison.Ordinal))
            {
                failures.Add($"{route} → {(int)response.StatusCode}: {body}");
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public async Task UpdateCustomer_WithAnotherTenantsKey_Returns404()
    {
        using var client = _hub.ClientWithKey(await _hub.CreateKeyAsync("customer", OwnCustomer, "partners:read", "partners:write"));

        var response = await client.PutJsonAsync($"/api/v1/customers/{OtherCustomer}",
            new { name = "Hijacked", status = "active", creditLimit = 1m, paymentTerms = "NET30" }, "\"1\"");

        await response.ExpectAsync(HttpStatusCode.NotFound);
    }

    private sealed record TenantCase(string ForeignUrl, string OwnUrl, string ForeignMarker);
}
