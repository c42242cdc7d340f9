using System.Net;
using System.Net.Http.Json;

namespace Distribution.IntegrationTests.Partners;

[TestFixture]
public sealed class CustomerEndpointsTests
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

    private static object NewCustomer(string accountNumber, string name = "Harbor Tools", string? parent = null) => new
    {
        accountNumber,
        name,
        status = "active",
        parentAccountNumber = parent,
        shipTos = new[] { new { code = "MAIN", name = "Main store", line1 = "1 Main St", city = "Austin", region = "TX", postalCode = "73301", countryCode = "us" } },
        creditLimit = 10000m,
        paymentTerms = "NET30",
    };

    [Test]
    public async Task CreateCustomer_WhenValid_Returns201WithLocationAndETag()
    {
        var response = await _admin.PostAsJsonAsync("/api/v1/customers", NewCustomer("CC-100"), PartnersHubFactory.Json);

        var body = await response.ExpectAsync(HttpStatusCode.Created);
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo("/api/v1/customers/CC-100"));
        Assert.That(response.Headers.ETag!.Tag, Is.EqualTo("\"1\""));
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("active"));
        Assert.That(body.GetProperty("shipTos")[0].GetProperty("countryCode").GetString(), Is.EqualTo("US"));

        var read = await _admin.GetAsync("/api/v1/customers/CC-100");
        var readBody = await read.ExpectAsync(HttpStatusCode.OK);
        Assert.That(readBody.GetProperty("name").GetString(), Is.EqualTo("Harbor Tools"));
        Assert.That(read.Headers.ETag!.Tag, Is.EqualTo("\"1\""));
    }

    [Test]
    public async Task CreateCustomer_WhenAccountNumberTaken_Returns409()
    {
        (await _admin.PostAsJsonAsync("/api/v1/customers", NewCustomer("CC-200"), PartnersHubFactory.Json)).EnsureSuccessStatusCode();

        var again = await _admin.PostAsJsonAsync("/api/v1/customers", NewCustomer("CC-200", "Someone else"), PartnersHubFactory.Json);

        var problem = await again.ExpectAsync(HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("partners.account-number-taken"));
    }

    [Test]
    public async Task CreateCustomer_WhenFieldsInvalid_Returns400NamingEachField()
    {
        var response = await _admin.PostAsJsonAsync("/api/v1/customers", new
        {
            accountNumber = "bad number!",
            name = "",
            status = "sleeping",
            shipTos = new[] { new { code = "X", name = "X", line1 = "X", city = "X", postalCode = "1", countryCode = "USA" } },
            creditLimit = -1m,
            paymentTerms = "net 30",
        }, PartnersHubFactory.Json);

        var problem = await response.ExpectAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.ErrorFields(), Is.SupersetOf(new[]
        {
            "accountNumber", "name", "status", "creditLimit", "paymentTerms", "shipTos[0].countryCode",
        }));
    }

    [Test]
    public async Task CreateCustomer_WhenParentUnknown_Returns422WithRuleCode()
    {
        var response = await _admin.PostAsJsonAsync("/api/v1/customers", NewCustomer("CC-300", parent: "NOPE-1"), PartnersHubFactory.Json);

        var problem = await response.ExpectAsync(HttpStatusCode.UnprocessableEntity);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("partners.parent-not-found"));
    }

    [Test]
    public async Task UpdateCustomer_WithoutIfMatch_Returns428()
    {
        (await _admin.PostAsJsonAsync("/api/v1/customers", NewCustomer("CC-400"), PartnersHubFactory.Json)).EnsureSuccessStatusCode();

        var response = await _admin.PutJsonAsync("/api/v1/customers/CC-400", Change("Renamed"), ifMatch: null);

        await response.ExpectAsync((HttpStatusCode)428);
    }

    [Test]
    public async Task UpdateCustomer_WithStaleIfMatch_Returns412()
    {
        (await _admin.PostAsJsonAsync("/api/v1/customers", NewCustomer("CC-500"), PartnersHubFactory.Json)).EnsureSuccessStatusCode();
        (await _admin.PutJsonAsync("/api/v1/customers/CC-500", Change("First change"), "\"1\"")).EnsureSuccessStatusCode();

        var response = await _admin.PutJsonAsync("/api/v1/customers/CC-500", Change("Lost update"), "\"1\"");

        await response.ExpectAsync(HttpStatusCode.PreconditionFailed);
    }

    [Test]
    public async Task UpdateCustomer_WithCurrentIfMatch_ChangesFieldsAndMovesETag()
    {
        var created = await _admin.PostAsJsonAsync("/api/v1/customers", NewCustomer("CC-600"), PartnersHubFactory.Json);
        var etag = created.Headers.ETag!.Tag;

        var response = await _admin.PutJsonAsync("/api/v1/customers/CC-600", Change("Harbor Tools West", "on-hold"), etag);

        var body = await response.ExpectAsync(HttpStatusCode.OK);
        Assert.That(body.GetProperty("name").GetString(), Is.EqualTo("Harbor Tools West"));
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("on-hold"));
        Assert.That(body.GetProperty("shipTos").GetArrayLength(), Is.EqualTo(2));
        Assert.That(response.Headers.ETag!.Tag, Is.EqualTo("\"2\""));
    }

    [Test]
    public async Task UpdateCustomer_WhenReopeningClosedAccount_Returns422()
    {
        (await _admin.PostAsJsonAsync("/api/v1/customers", NewCustomer("CC-700"), PartnersHubFactory.Json)).EnsureSuccessStatusCode();
        (await _admin.PutJsonAsync("/api/v1/customers/CC-700", Change("Gone", "closed"), "\"1\"")).EnsureSuccessStatusCode();

        var response = await _admin.PutJsonAsync("/api/v1/customers/CC-700", Change("Back", "active"), "\"2\"");

        var problem = await response.ExpectAsync(HttpStatusCode.UnprocessableEntity);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("partners.account-closed"));
    }

    [Test]
    public async Task ListCustomers_PagesWithCursorAndSearches()
    {
        foreach (var n in new[] { "LS-1", "LS-2", "LS-3" })
        {
            (await _admin.PostAsJsonAsync("/api/v1/customers", NewCustomer(n, $"Listing {n}"), PartnersHubFactory.Json)).EnsureSuccessStatusCode();
        }

        var first = await (await _admin.GetAsync("/api/v1/customers?search=LS-&limit=2")).ExpectAsync(HttpStatusCode.OK);
        var cursor = first.GetProperty("nextCursor").GetString();
        var second = await (await _admin.GetAsync($"/api/v1/customers?search=LS-&limit=2&cursor={cursor}")).ExpectAsync(HttpStatusCode.OK);

        var accounts = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Select(c => c.GetProperty("accountNumber").GetString()).ToList();
        Assert.That(accounts, Is.EqualTo(new[] { "LS-1", "LS-2", "LS-3" }));
        Assert.That(second.GetProperty("nextCursor").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
    }

    [Test]
    public async Task GetCustomer_WhenUnknown_Returns404Problem()
    {
        var response = await _admin.GetAsync("/api/v1/customers/NO-SUCH");

        var problem = await response.ExpectAsync(HttpStatusCode.NotFound);
        Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo(404));
    }

    private static object Change(string name, string status = "active") => new
    {
        name,
        status,
        shipTos = new[]
        {
            new { code = "MAIN", name = "Main store", line1 = "1 Main St", city = "Austin", postalCode = "73301", countryCode = "US" },
            new { code = "DC", name = "Warehouse", line1 = "9 Dock Rd", city = "Austin", postalCode = "73301", countryCode = "US" },
        },
        creditLimit = 20000m,
        paymentTerms = "NET45",
    };
}
