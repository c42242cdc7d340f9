using System.Net;
using System.Text;
using System.Text.Json;
using Distribution.Modules.Catalog.Application.Imports;
using Distribution.Modules.Catalog.Domain.CrossReferences;
using Distribution.Modules.Catalog.Domain.Items;
using Distribution.Modules.Catalog.Infrastructure.Items;
using Distribution.Modules.Catalog.Infrastructure.MasterDataIssues;

namespace Distribution.IntegrationTests.Catalog;

[TestFixture]
public sealed class CatalogApiTests
{
    private CatalogHubFactory _hub = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void StartHub()
    {
        _hub = new CatalogHubFactory();
        _client = _hub.AdminClient();
    }

    [OneTimeTearDown]
    public void StopHub()
    {
        _client.Dispose();
        _hub.Dispose();
    }

    [Test]
    public async Task GetItem_DemoBolt_HasIdentifiersPacksAndSubstitute()
    {
        var item = await (await _client.GetAsync("/api/v1/items/BLT-M8-40")).JsonAsync();

        Assert.That(item.GetProperty("identifiers").GetArrayLength(), Is.EqualTo(3));
        Assert.That(item.GetProperty("packs").GetArrayLength(), Is.EqualTo(3));
        Assert.That(item.GetProperty("substitutions")[0].GetProperty("substituteSku").GetString(), Is.EqualTo("BLT-M8-40-SS"));
    }

    [Test]
    public async Task Convert_TwoPalletsToEach_MultipliesThroughEveryLevel()
    {
        var response = await _client.GetAsync("/api/v1/items/BLT-M8-40/uom-conversions/convert?quantity=2&from=PL&to=EA");
        var conversion = await response.JsonAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(conversion.GetProperty("result").GetDecimal(), Is.EqualTo(80000m));
        Assert.That(conversion.GetProperty("exact").GetBoolean(), Is.True);
    }

    [Test]
    public async Task Convert_WhenUnitsDoNotConnect_Is422WithCode()
    {
        var response = await _client.GetAsync("/api/v1/items/BLT-M8-40/uom-conversions/convert?quantity=1&from=KG&to=EA");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await response.JsonAsync()).Code(), Is.EqualTo("catalog.uom-conversion-unknown"));
    }

    [Test]
    public async Task AddIdentifier_WithWrongCheckDigit_Is422()
    {
        var response = await _client.PostJsonAsync("/api/v1/items/BLT-M8-40-SS/identifiers", new IdentifierBody(IdentifierKind.Gtin, "4006381333963", null));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await response.JsonAsync()).Code(), Is.EqualTo("catalog.identifier-invalid"));
    }

    [Test]
    public async Task AddIdentifier_HeldByAnotherItem_Is422()
    {
        var response = await _client.PostJsonAsync("/api/v1/items/BLT-M8-40-SS/identifiers", new IdentifierBody(IdentifierKind.Gtin, "4006381333948", null));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await response.JsonAsync()).Code(), Is.EqualTo("catalog.identifier-taken"));
    }

    [Test]
    public async Task ChangeStatus_WithoutIfMatch_Is428()
    {
        var response = await _client.PutJsonAsync("/api/v1/items/NUT-M8/status", new ItemStatusChange(ItemStatus.Inactive));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionRequired));
    }

    [Test]
    public async Task ChangeStatus_WithCurrentETag_PublishesItemChanged()
    {
        var before = await _hub.OutboxCountAsync("catalog.item-changed.v1");
        var etag = (await _client.GetAsync("/api/v1/items/GLV-NIT-L")).Headers.ETag!.Tag;

        var response = await _client.SendWithIfMatchAsync(HttpMethod.Put, "/api/v1/items/GLV-NIT-L/status", new ItemStatusChange(ItemStatus.Discontinued), etag);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Headers.ETag!.Tag, Is.Not.EqualTo(etag));
        Assert.That(await _hub.OutboxCountAsync("catalog.item-changed.v1"), Is.EqualTo(before + 1));
    }

    [Test]
    public async Task Resolve_SupplierSku_GivesTheItemAndFactorToBase()
    {
        var resolution = await (await _client.GetAsync("/api/v1/catalog/resolve?kind=vendorPart&value=FC-933-0840&partnerId=SUP-FASTCO")).JsonAsync();

        Assert.That(resolution.GetProperty("resolved").GetBoolean(), Is.True);
        Assert.That(resolution.GetProperty("sku").GetString(), Is.EqualTo("BLT-M8-40"));
        Assert.That(resolution.GetProperty("unit").GetString(), Is.EqualTo("BX"));
        Assert.That(resolution.GetProperty("factorToBase").GetDecimal(), Is.EqualTo(100m));
    }

    [Test]
    public async Task Resolve_CustomerPart_GivesTheItem()
    {
        var resolution = await (await _client.GetAsync("/api/v1/catalog/resolve?kind=buyerPart&value=acme-bolt-8-40&partnerId=CUST-ACME&unit=CA")).JsonAsync();

        Assert.That(resolution.GetProperty("sku").GetString(), Is.EqualTo("BLT-M8-40"));
        Assert.That(resolution.GetProperty("factorToBase").GetDecimal(), Is.EqualTo(1000m));
    }

    [Test]
    public async Task Resolve_CaseGtin_IsACase()
    {
        var resolution = await (await _client.GetAsync("/api/v1/catalog/resolve?kind=gtin&value=14006381333952")).JsonAsync();

        Assert.That(resolution.GetProperty("unit").GetString(), Is.EqualTo("CA"));
        Assert.That(resolution.GetProperty("factorToBase").GetDecimal(), Is.EqualTo(1000m));
    }

    [Test]
    public async Task Resolve_AfterAPackChange_IsNeverServedStale()
    {
        const string url = "/api/v1/catalog/resolve?kind=sku&value=NUT-M8-SS&unit=BX";
        Assert.That((await (await _client.GetAsync(url)).JsonAsync()).GetProperty("factorToBase").GetDecimal(), Is.EqualTo(200m));

        var changed = await _client.PutJsonAsync("/api/v1/items/NUT-M8-SS/uom-conversions", new PackBody("BX", 250m, "EA"));
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        Assert.That((await (await _client.GetAsync(url)).JsonAsync()).GetProperty("factorToBase").GetDecimal(), Is.EqualTo(250m));
    }

    [Test]
    public async Task Resolve_AfterANewCrossReference_SeesIt()
    {
        const string url = "/api/v1/catalog/resolve?kind=vendorPart&value=FC-NEW-1&partnerId=SUP-FASTCO";
        Assert.That((await (await _client.GetAsync(url)).JsonAsync()).GetProperty("failureCode").GetString(), Is.EqualTo("catalog.identifier-unknown"));

        var created = await _client.PostJsonAsync("/api/v1/cross-references",
            new { kind = "supplierSku", partnerId = "SUP-FASTCO", partnerValue = "FC-NEW-1", sku = "NUT-M8", partnerUnit = "BX" });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));

        Assert.That((await (await _client.GetAsync(url)).JsonAsync()).GetProperty("sku").GetString(), Is.EqualTo("NUT-M8"));
    }

    [Test]
    public async Task CreateCrossReference_OverlappingAnExistingPeriod_Is422()
    {
        var response = await _client.PostJsonAsync("/api/v1/cross-references",
            new { kind = CrossReferenceKind.SupplierSku, partnerId = "SUP-FASTCO", partnerValue = "FC-933-0840", sku = "NUT-M8" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await response.JsonAsync()).Code(), Is.EqualTo("catalog.cross-reference-overlap"));
    }

    [Test]
    public async Task Import_SameFileTwice_AppliesOnceAndRaisesEventsOnlyForRealChanges()
    {
        var created = await _hub.OutboxCountAsync("catalog.item-created.v1");
        var changed = await _hub.OutboxCountAsync("catalog.item-changed.v1");
        var batch = new ItemBatch("erp", "first.json",
        [
            new ItemRow("IMP-1", "Imported one", null, "EA", null, null, null, null, "BX=10 EA"),
            new ItemRow("IMP-2", "Imported two", null, "EA", null, null, null, "MPN-IMP-2", null),
        ]);
        var body = JsonSerializer.Serialize(batch, CatalogHubFactory.Json);

        var first = await PostImport(body, "application/json");
        var again = await PostImport(body, "application/json");
        var sameData = await PostImport(JsonSerializer.Serialize(batch with { FileName = "second.json" }, CatalogHubFactory.Json), "application/json");

        Assert.That(first.Status, Is.EqualTo(HttpStatusCode.Created), first.Import.ToString());
        Assert.That(first.Import.GetProperty("accepted").GetInt32(), Is.EqualTo(2));
        Assert.That(again.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(again.Import.GetProperty("alreadyApplied").GetBoolean(), Is.True);
        Assert.That(again.Import.GetProperty("id").GetString(), Is.EqualTo(first.Import.GetProperty("id").GetString()));
        Assert.That(sameData.Import.GetProperty("unchanged").GetInt32(), Is.EqualTo(2));
        Assert.That(await _hub.OutboxCountAsync("catalog.item-created.v1"), Is.EqualTo(created + 2));
        Assert.That(await _hub.OutboxCountAsync("catalog.item-changed.v1"), Is.EqualTo(changed));
    }

    [Test]
    public async Task ImportCsv_BadRowIsQuarantined_AndTheStewardReappliesItCorrected()
    {
        const string csv = "sku,name,baseUnit,gtin,packs\nCSV-1,Csv item one,EA,,CA=6 EA\nCSV-2,Csv item two,EA,4006381333999,\nCSV-3,Csv item three,KGS,,\n";

        var (status, import) = await PostImport(csv, "text/csv", "?source=supplier-feed&fileName=items.csv");

        Assert.That(status, Is.EqualTo(HttpStatusCode.Created), import.ToString());
        var rows = import.GetProperty("rows").EnumerateArray().ToList();
        Assert.That(rows.Select(r => r.GetProperty("outcome").GetString()), Is.EqualTo(new[] { "accepted", "quarantined", "quarantined" }));
        Assert.That(rows[1].GetProperty("reasonCode").GetString(), Is.EqualTo("catalog.identifier-invalid"));
        Assert.That(rows[2].GetProperty("reasonCode").GetString(), Is.EqualTo("catalog.unit-unknown"));

        var issueId = rows[1].GetProperty("issueId").GetString();
        var issue = await (await _client.GetAsync($"/api/v1/master-data-issues/{issueId}")).JsonAsync();
        Assert.That(issue.GetProperty("status").GetString(), Is.EqualTo("open"));
        Assert.That(issue.GetProperty("payload").GetProperty("gtin").GetString(), Is.EqualTo("4006381333999"));
        Assert.That(issue.GetProperty("correlationId").GetString(), Is.Not.Empty);

        var stillBad = await (await _client.PostJsonAsync($"/api/v1/master-data-issues/{issueId}/reapply", new ReapplyBody(null, null))).JsonAsync();
        Assert.That(stillBad.GetProperty("status").GetString(), Is.EqualTo("open"));
        Assert.That(stillBad.GetProperty("failedAttempts").GetInt32(), Is.EqualTo(1));

        var corrected = new ItemRow("CSV-2", "Csv item two", null, "EA", null, "4006381333993", null, null, null);
        var resolved = await (await _client.PostJsonAsync($"/api/v1/master-data-issues/{issueId}/reapply", new ReapplyBody(corrected, "fixed"))).JsonAsync();
        Assert.That(resolved.GetProperty("status").GetString(), Is.EqualTo("resolved"));
        Assert.That((await _client.GetAsync("/api/v1/items/CSV-2")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var rejected = await _client.PostJsonAsync($"/api/v1/master-data-issues/{rows[2].GetProperty("issueId").GetString()}/reject", new RejectBody("not ours"));
        Assert.That((await rejected.JsonAsync()).GetProperty("status").GetString(), Is.EqualTo("rejected"));
        var again = await _client.PostJsonAsync($"/api/v1/master-data-issues/{issueId}/reject", new RejectBody("too late"));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await again.JsonAsync()).Code(), Is.EqualTo("catalog.issue-closed"));
    }

    private async Task<(HttpStatusCode Status, JsonElement Import)> PostImport(string body, string contentType, string query = "")
    {
        using var content = new StringContent(body, Encoding.UTF8, contentType);
        var response = await _client.PostAsync("/api/v1/catalog/imports" + query, content);
        return (response.StatusCode, await response.JsonAsync());
    }
}
