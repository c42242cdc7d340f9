using System.Text.Json;
using Distribution.Modules.Catalog.Infrastructure;

namespace Distribution.IntegrationTests.Catalog;

/// <summary>Every Catalog request example in Swagger succeeds when sent once to a freshly started demo hub.</summary>
[TestFixture]
public sealed class CatalogSwaggerExampleTests
{
    [Test]
    public async Task EveryExample_SentOnceToAFreshDemoHub_Succeeds()
    {
        using var hub = new CatalogHubFactory();
        using var client = hub.AdminClient();
        var failures = new List<string>();

        async Task<JsonElement> Expect(string name, Task<HttpResponseMessage> call)
        {
            var response = await call;
            var body = await response.JsonAsync();
            if (!response.IsSuccessStatusCode)
            {
                failures.Add($"{name}: {(int)response.StatusCode} {body}");
            }

            return body;
        }

        // Swagger's own serialisation (camelCase, enums as numbers) is what "Try it out" sends.
        var swagger = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Task<HttpResponseMessage> Post(string url, object body) => client.PostAsync(url, System.Net.Http.Json.JsonContent.Create(body, body.GetType(), options: swagger));

        await Expect("CreateItem", Post("/api/v1/items", CatalogExamples.CreateItem));
        var etag = (await client.GetAsync($"/api/v1/items/{CatalogExamples.StatusSku}")).Headers.ETag!.Tag;
        using (var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/items/{CatalogExamples.StatusSku}/status")
        {
            Content = System.Net.Http.Json.JsonContent.Create(CatalogExamples.ChangeStatus, options: swagger),
        })
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
            await Expect("ChangeItemStatus", client.SendAsync(request));
        }

        await Expect("AddItemIdentifier", Post($"/api/v1/items/{CatalogExamples.IdentifierSku}/identifiers", CatalogExamples.AddIdentifier));
        await Expect("SetPackConversion", client.PutAsync($"/api/v1/items/{CatalogExamples.PackSku}/uom-conversions",
            System.Net.Http.Json.JsonContent.Create(CatalogExamples.SetPack, options: swagger)));
        await Expect("SetItemSubstitute", Post($"/api/v1/items/{CatalogExamples.SubstituteSku}/substitutions", CatalogExamples.SetSubstitute));
        await Expect("SetItemAttribute", client.PutAsync($"/api/v1/items/{CatalogExamples.AttributeSku}/attributes/{CatalogExamples.AttributeName}",
            System.Net.Http.Json.JsonContent.Create(CatalogExamples.SetAttribute, options: swagger)));
        var crossReference = await Expect("CreateCrossReference", Post("/api/v1/cross-references", CatalogExamples.CreateCrossReference));
        var crossReferenceEtag = $"\"{crossReference.GetProperty("version").GetInt64()}\"";
        using (var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cross-references/{crossReference.GetProperty("id").GetString()}/end")
        {
            Content = System.Net.Http.Json.JsonContent.Create(CatalogExamples.EndCrossReference, options: swagger),
        })
        {
            request.Headers.TryAddWithoutValidation("If-Match", crossReferenceEtag);
            await Expect("EndCrossReference", client.SendAsync(request));
        }

        var import = await Expect("ImportCatalog", Post("/api/v1/catalog/imports", CatalogExamples.Import));
        var quarantined = import.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("outcome").GetString() == "quarantined").ToList();
        Assert.That(quarantined, Has.Count.EqualTo(1), "the import example shows one quarantined row for the steward examples");
        var issueId = quarantined[0].GetProperty("issueId").GetString();
        var reapplied = await Expect("ReapplyMasterDataIssue", Post($"/api/v1/master-data-issues/{issueId}/reapply", CatalogExamples.Reapply));
        Assert.That(reapplied.GetProperty("status").GetString(), Is.EqualTo("resolved"));

        // Reject needs an open issue: make one the way a newcomer would, with a bad row.
        var bad = await Expect("ImportForReject", Post("/api/v1/catalog/imports",
            CatalogExamples.Import with { FileName = "bad.json", Items = [CatalogExamples.Import.Items[2] with { Sku = "CLP-HOSE-40" }] }));
        await Expect("RejectMasterDataIssue", Post($"/api/v1/master-data-issues/{bad.GetProperty("rows")[0].GetProperty("issueId").GetString()}/reject", CatalogExamples.Reject));

        await Expect("ResolveItem", client.GetAsync("/api/v1/catalog/resolve?kind=vendorPart&value=FC-933-0840&partnerId=SUP-FASTCO"));
        await Expect("Swagger", client.GetAsync("/swagger/v1/swagger.json"));

        Assert.That(failures, Is.Empty);
    }
}
