using System.Net;
using System.Net.Http.Json;

namespace Distribution.IntegrationTests.Partners;

[TestFixture]
public sealed class OnboardingTests
{
    private PartnersHubFactory _hub = null!;
    private HttpClient _admin = null!;
    private Dictionary<string, Guid> _templates = null!;

    [OneTimeSetUp]
    public async Task StartHub()
    {
        _hub = new PartnersHubFactory();
        _admin = _hub.Admin();
        var templates = await (await _admin.GetAsync("/api/v1/partner-templates")).ExpectAsync(HttpStatusCode.OK);
        _templates = templates.EnumerateArray().ToDictionary(t => t.GetProperty("key").GetString()!, t => t.GetProperty("id").GetGuid());
    }

    [OneTimeTearDown]
    public void StopHub()
    {
        _admin.Dispose();
        _hub.Dispose();
    }

    private static object Customer(string accountNumber) =>
        new { accountNumber, name = $"Retailer {accountNumber}", creditLimit = 5000m, paymentTerms = "NET30" };

    private Task<HttpResponseMessage> OnboardAsync(string templateKey, object body) =>
        _admin.PostAsJsonAsync($"/api/v1/partner-templates/{_templates[templateKey]}/onboard", body, PartnersHubFactory.Json);

    private async Task<IReadOnlyList<string?>> ClientPartnerIdsAsync()
    {
        var page = await (await _admin.GetAsync("/api/v1/api-clients?limit=200")).ExpectAsync(HttpStatusCode.OK);
        return page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("partnerId").GetString()).ToList();
    }

    [Test]
    public void PartnerTemplates_AreSeededAtStartupAsVersionedData()
    {
        Assert.That(_templates.Keys, Is.SupersetOf(new[]
        {
            "vics-retailer-x12-4010", "drop-ship-supplier-x12-4010", "supplier-csv-sftp", "saas-webhook",
        }));
    }

    [Test]
    public async Task OnboardPartner_FromVicsTemplate_CreatesCustomerProfileAndAKeyBoundToTheCustomer()
    {
        var response = await OnboardAsync("vics-retailer-x12-4010", new
        {
            customer = Customer("ON-1"),
            overrides = new { isaId = "ON1TEST", gsApplicationId = "ON1", duplicateCheckWindowHours = 48 },
        });

        var result = await response.ExpectAsync(HttpStatusCode.Created);
        var profile = result.GetProperty("tradingPartner");
        Assert.That(result.GetProperty("partnerId").GetString(), Is.EqualTo("ON-1"));
        Assert.That(profile.GetProperty("templateKey").GetString(), Is.EqualTo("vics-retailer-x12-4010"));
        Assert.That(profile.GetProperty("templateVersion").GetInt32(), Is.EqualTo(1));
        Assert.That(profile.GetProperty("settings").GetProperty("isaId").GetString(), Is.EqualTo("ON1TEST"));
        Assert.That(profile.GetProperty("settings").GetProperty("duplicateCheckWindowHours").GetInt32(), Is.EqualTo(48));
        Assert.That(profile.GetProperty("settings").GetProperty("acknowledgementPolicy").GetString(), Is.EqualTo("always"));
        Assert.That(profile.GetProperty("settings").GetProperty("documents").GetArrayLength(), Is.EqualTo(5));

        using var partner = _hub.ClientWithKey(result.GetProperty("apiKey").GetProperty("apiKey").GetString()!);
        await (await partner.GetAsync("/api/v1/customers/ON-1")).ExpectAsync(HttpStatusCode.OK);
        var own = await (await partner.GetAsync($"/api/v1/trading-partners/{profile.GetProperty("id").GetGuid()}")).ExpectAsync(HttpStatusCode.OK);
        Assert.That(own.GetProperty("partnerId").GetString(), Is.EqualTo("ON-1"));
    }

    [Test]
    public async Task OnboardPartner_FromSupplierCsvTemplate_CreatesSupplier()
    {
        var response = await OnboardAsync("supplier-csv-sftp", new
        {
            supplier = new { code = "ON-S1", name = "Feed supplier", dropShipCapable = false, leadTimeDays = 3, minimumOrder = 0m },
        });

        var result = await response.ExpectAsync(HttpStatusCode.Created);
        Assert.That(result.GetProperty("supplier").GetProperty("code").GetString(), Is.EqualTo("ON-S1"));
        Assert.That(result.GetProperty("tradingPartner").GetProperty("partnerKind").GetString(), Is.EqualTo("supplier"));
        await (await _admin.GetAsync("/api/v1/suppliers/ON-S1")).ExpectAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task OnboardPartner_WhenTheProfileBreaksARule_CreatesNothingAtAll()
    {
        // The VICS template needs ISA and GS ids; without them the profile is refused after the customer and the
        // client were already built in memory: none of the three may reach the database.
        var response = await OnboardAsync("vics-retailer-x12-4010", new { customer = Customer("ON-2") });

        var problem = await response.ExpectAsync(HttpStatusCode.UnprocessableEntity);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("partners.x12-envelope-ids-missing"));
        await (await _admin.GetAsync("/api/v1/customers/ON-2")).ExpectAsync(HttpStatusCode.NotFound);
        Assert.That(await ClientPartnerIdsAsync(), Does.Not.Contain("ON-2"));
    }

    [Test]
    public async Task OnboardPartner_WhenAccountNumberTaken_Returns409AndIssuesNoKey()
    {
        (await _admin.PostAsJsonAsync("/api/v1/customers", Customer("ON-3"), PartnersHubFactory.Json)).EnsureSuccessStatusCode();

        var response = await OnboardAsync("saas-webhook", new { customer = Customer("ON-3") });

        await response.ExpectAsync(HttpStatusCode.Conflict);
        Assert.That(await ClientPartnerIdsAsync(), Does.Not.Contain("ON-3"));
    }

    [Test]
    public async Task OnboardPartner_WithCustomerBodyForSupplierTemplate_Returns400NamingSupplier()
    {
        var response = await OnboardAsync("drop-ship-supplier-x12-4010", new { customer = Customer("ON-4") });

        var problem = await response.ExpectAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.ErrorFields(), Does.Contain("supplier"));
    }

    [Test]
    public async Task OnboardPartner_WithInvalidFields_Returns400NamingNestedAndOverrideFields()
    {
        var nested = await (await OnboardAsync("saas-webhook", new { customer = new { accountNumber = "", name = "x", creditLimit = 0m, paymentTerms = "NET30" } }))
            .ExpectAsync(HttpStatusCode.BadRequest);
        var overrides = await (await OnboardAsync("saas-webhook", new { customer = Customer("ON-5"), overrides = new { environment = "staging", preferredIdentifier = "ean" } }))
            .ExpectAsync(HttpStatusCode.BadRequest);

        Assert.That(nested.ErrorFields(), Does.Contain("customer.accountNumber"));
        Assert.That(overrides.ErrorFields(), Is.SupersetOf(new[] { "overrides.environment", "overrides.preferredIdentifier" }));
    }

    [Test]
    public async Task OnboardPartner_WithUnknownTemplate_Returns404()
    {
        var response = await _admin.PostAsJsonAsync($"/api/v1/partner-templates/{Guid.NewGuid()}/onboard",
            new { customer = Customer("ON-6") }, PartnersHubFactory.Json);

        await response.ExpectAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task OnboardPartner_WithAPartnerKey_Returns403()
    {
        using var partner = _hub.ClientWithKey(await _hub.CreateKeyAsync("customer", "ON-X", "partners:read", "partners:write"));

        var response = await partner.PostAsJsonAsync($"/api/v1/partner-templates/{_templates["saas-webhook"]}/onboard",
            new { customer = Customer("ON-7") }, PartnersHubFactory.Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
