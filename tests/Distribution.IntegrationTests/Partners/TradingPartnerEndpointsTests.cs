using System.Net;
using System.Net.Http.Json;

namespace Distribution.IntegrationTests.Partners;

[TestFixture]
public sealed class TradingPartnerEndpointsTests
{
    private PartnersHubFactory _hub = null!;
    private HttpClient _admin = null!;

    [OneTimeSetUp]
    public void StartHub()
    {
        _hub = new PartnersHubFactory();
        _admin = _hub.Admin();
    }

    [OneTimeTearDown]
    public void StopHub()
    {
        _admin.Dispose();
        _hub.Dispose();
    }

    private static object X12Settings(string? isaId = "TPTEST", string transport = "sftp", string environment = "test") => new
    {
        environment,
        isaQualifier = "ZZ",
        isaId,
        gsApplicationId = "TP",
        x12Version = "004010",
        acknowledgementPolicy = "on-error",
        duplicateCheckWindowHours = 72,
        preferredIdentifier = "gtin",
        preferredUnit = "ea",
        documents = new[] { new { documentType = "850", direction = "inbound", protocol = "x12", transport } },
    };

    private async Task CreateCustomerAsync(string accountNumber) =>
        (await _admin.PostAsJsonAsync("/api/v1/customers",
            new { accountNumber, name = accountNumber, creditLimit = 0m, paymentTerms = "NET30" }, PartnersHubFactory.Json)).EnsureSuccessStatusCode();

    [Test]
    public async Task CreateTradingPartner_ForExistingCustomer_Returns201AndIsReadable()
    {
        await CreateCustomerAsync("TP-1");

        var created = await _admin.PostAsJsonAsync("/api/v1/trading-partners",
            new { partnerKind = "customer", partnerId = "TP-1", name = "TP-1 EDI", settings = X12Settings() }, PartnersHubFactory.Json);

        var body = await created.ExpectAsync(HttpStatusCode.Created);
        var read = await (await _admin.GetAsync(created.Headers.Location!)).ExpectAsync(HttpStatusCode.OK);
        Assert.That(read.GetProperty("settings").GetProperty("preferredUnit").GetString(), Is.EqualTo("EA"));
        Assert.That(read.GetProperty("id").GetGuid(), Is.EqualTo(body.GetProperty("id").GetGuid()));
    }

    [Test]
    public async Task CreateTradingPartner_Twice_Returns409()
    {
        await CreateCustomerAsync("TP-2");
        var body = new { partnerKind = "customer", partnerId = "TP-2", name = "TP-2 EDI", settings = X12Settings() };
        (await _admin.PostAsJsonAsync("/api/v1/trading-partners", body, PartnersHubFactory.Json)).EnsureSuccessStatusCode();

        var again = await _admin.PostAsJsonAsync("/api/v1/trading-partners", body, PartnersHubFactory.Json);

        var problem = await again.ExpectAsync(HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("partners.profile-exists"));
    }

    [Test]
    public async Task CreateTradingPartner_ForUnknownPartner_Returns400NamingPartnerId()
    {
        var response = await _admin.PostAsJsonAsync("/api/v1/trading-partners",
            new { partnerKind = "customer", partnerId = "NOBODY", name = "x", settings = X12Settings() }, PartnersHubFactory.Json);

        var problem = await response.ExpectAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.ErrorFields(), Does.Contain("partnerId"));
    }

    [Test]
    public async Task CreateTradingPartner_WithX12OverHttpsOrNoIsaId_Returns422WithRuleCodes()
    {
        await CreateCustomerAsync("TP-3");

        var badTransport = await _admin.PostAsJsonAsync("/api/v1/trading-partners",
            new { partnerKind = "customer", partnerId = "TP-3", name = "x", settings = X12Settings(transport: "carrier-pigeon") }, PartnersHubFactory.Json);
        var noIsa = await _admin.PostAsJsonAsync("/api/v1/trading-partners",
            new { partnerKind = "customer", partnerId = "TP-3", name = "x", settings = X12Settings(isaId: null) }, PartnersHubFactory.Json);

        Assert.That((await badTransport.ExpectAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("code").GetString(),
            Is.EqualTo("partners.channel-transport-unsuitable"));
        Assert.That((await noIsa.ExpectAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("code").GetString(),
            Is.EqualTo("partners.x12-envelope-ids-missing"));
    }

    [Test]
    public async Task UpdateTradingPartner_EnforcesIfMatch_428Then412ThenOk()
    {
        await CreateCustomerAsync("TP-4");
        var created = await _admin.PostAsJsonAsync("/api/v1/trading-partners",
            new { partnerKind = "customer", partnerId = "TP-4", name = "TP-4 EDI", settings = X12Settings() }, PartnersHubFactory.Json);
        var url = created.Headers.Location!.ToString();
        var change = new { name = "TP-4 live", settings = X12Settings(environment: "production") };

        await (await _admin.PutJsonAsync(url, change, null)).ExpectAsync((HttpStatusCode)428);
        await (await _admin.PutJsonAsync(url, change, "\"5\"")).ExpectAsync(HttpStatusCode.PreconditionFailed);
        var ok = await _admin.PutJsonAsync(url, change, created.Headers.ETag!.Tag);

        var body = await ok.ExpectAsync(HttpStatusCode.OK);
        Assert.That(body.GetProperty("settings").GetProperty("environment").GetString(), Is.EqualTo("production"));
        Assert.That(ok.Headers.ETag!.Tag, Is.EqualTo("\"2\""));
    }
}
