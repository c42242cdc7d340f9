using System.Net;
using System.Net.Http.Json;

namespace Distribution.IntegrationTests.Partners;

[TestFixture]
public sealed class SupplierEndpointsTests
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

    private static object NewSupplier(string code, bool dropShip = false) =>
        new { code, name = $"Supplier {code}", dropShipCapable = dropShip, leadTimeDays = 5, minimumOrder = 100m };

    [Test]
    public async Task CreateSupplier_WhenValid_Returns201AndCanBeRead()
    {
        var created = await _admin.PostAsJsonAsync("/api/v1/suppliers", NewSupplier("SS-1", dropShip: true), PartnersHubFactory.Json);

        await created.ExpectAsync(HttpStatusCode.Created);
        Assert.That(created.Headers.ETag!.Tag, Is.EqualTo("\"1\""));
        var read = await (await _admin.GetAsync("/api/v1/suppliers/SS-1")).ExpectAsync(HttpStatusCode.OK);
        Assert.That(read.GetProperty("dropShipCapable").GetBoolean(), Is.True);
        Assert.That(read.GetProperty("leadTimeDays").GetInt32(), Is.EqualTo(5));
    }

    [Test]
    public async Task CreateSupplier_WhenCodeTaken_Returns409()
    {
        (await _admin.PostAsJsonAsync("/api/v1/suppliers", NewSupplier("SS-2"), PartnersHubFactory.Json)).EnsureSuccessStatusCode();

        var again = await _admin.PostAsJsonAsync("/api/v1/suppliers", NewSupplier("SS-2"), PartnersHubFactory.Json);

        var problem = await again.ExpectAsync(HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("partners.supplier-code-taken"));
    }

    [Test]
    public async Task CreateSupplier_WhenFieldsInvalid_Returns400NamingEachField()
    {
        var response = await _admin.PostAsJsonAsync("/api/v1/suppliers",
            new { code = "", name = "", dropShipCapable = false, leadTimeDays = 400, minimumOrder = -5m }, PartnersHubFactory.Json);

        var problem = await response.ExpectAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.ErrorFields(), Is.SupersetOf(new[] { "code", "name", "leadTimeDays", "minimumOrder" }));
    }

    [Test]
    public async Task UpdateSupplier_EnforcesIfMatch_428Then412ThenOk()
    {
        (await _admin.PostAsJsonAsync("/api/v1/suppliers", NewSupplier("SS-3"), PartnersHubFactory.Json)).EnsureSuccessStatusCode();
        var change = new { name = "Renamed supplier", dropShipCapable = true, leadTimeDays = 2, minimumOrder = 0m };

        await (await _admin.PutJsonAsync("/api/v1/suppliers/SS-3", change, null)).ExpectAsync((HttpStatusCode)428);
        await (await _admin.PutJsonAsync("/api/v1/suppliers/SS-3", change, "\"7\"")).ExpectAsync(HttpStatusCode.PreconditionFailed);
        var ok = await _admin.PutJsonAsync("/api/v1/suppliers/SS-3", change, "\"1\"");

        var body = await ok.ExpectAsync(HttpStatusCode.OK);
        Assert.That(body.GetProperty("name").GetString(), Is.EqualTo("Renamed supplier"));
        Assert.That(ok.Headers.ETag!.Tag, Is.EqualTo("\"2\""));
    }

    [Test]
    public async Task ListSuppliers_FiltersByDropShipAndSearchWithCursor()
    {
        foreach (var (code, dropShip) in new[] { ("LSS-1", true), ("LSS-2", false), ("LSS-3", true), ("LSS-4", true) })
        {
            (await _admin.PostAsJsonAsync("/api/v1/suppliers", NewSupplier(code, dropShip), PartnersHubFactory.Json)).EnsureSuccessStatusCode();
        }

        var first = await (await _admin.GetAsync("/api/v1/suppliers?search=LSS&dropShipCapable=true&limit=2")).ExpectAsync(HttpStatusCode.OK);
        var cursor = first.GetProperty("nextCursor").GetString();
        var second = await (await _admin.GetAsync($"/api/v1/suppliers?search=LSS&dropShipCapable=true&limit=2&cursor={cursor}"))
            .ExpectAsync(HttpStatusCode.OK);

        var codes = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Select(s => s.GetProperty("code").GetString()).ToList();
        Assert.That(codes, Is.EqualTo(new[] { "LSS-1", "LSS-3", "LSS-4" }));
    }
}
