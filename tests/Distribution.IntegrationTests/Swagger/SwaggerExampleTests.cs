using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Distribution.IntegrationTests.Infrastructure;

namespace Distribution.IntegrationTests.Swagger;

/// <summary>
/// Acceptance: every request example in the Swagger document succeeds when sent once to a freshly started demo
/// hub ("Try it out" works for a newcomer with the admin key).
/// </summary>
[TestFixture]
public sealed partial class SwaggerExampleTests
{
    private HubFactory _hub = null!;
    private HttpClient _admin = null!;

    [OneTimeSetUp]
    public void StartHub()
    {
        _hub = new HubFactory(demoSeed: true);
        _admin = _hub.CreateAdminClient();
    }

    [OneTimeTearDown]
    public async Task StopHub()
    {
        _admin.Dispose();
        await _hub.DisposeAsync();
    }

    [Test]
    public async Task EveryRequestExample_SentOnceToAFreshDemoHub_Succeeds()
    {
        var document = await _admin.GetOkAsync("/swagger/v1/swagger.json");
        var examples = ExamplesOf(document);
        Assert.That(examples, Is.Not.Empty, "the document has request examples");
        Assert.That(examples.Select(e => e.OperationId), Is.SupersetOf(new[] { "CreateItem", "CreateSubscription", "CreateSyncJob" }),
            "the examples this test was written against are still there");

        var failures = new List<string>();
        Assert.That(examples.Select(e => e.OperationId), Is.SupersetOf(CoveredByModuleExampleTests),
            "every operation said to be covered elsewhere still has an example");
        foreach (var example in examples)
        {
            var (path, headers) = await ResolveAsync(example);
            if (path.Length == 0)
            {
                continue;
            }

            using var request = new HttpRequestMessage(new HttpMethod(example.Method), path)
            {
                // A JSON body is sent as JSON; a text body (X12 uploads) is the example string itself.
                Content = new StringContent(
                    example.MediaType.Contains("json", StringComparison.Ordinal) ? example.Body.ToJsonString() : example.Body.GetValue<string>(),
                    Encoding.UTF8, example.MediaType),
            };
            foreach (var (name, value) in headers)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            using var response = await _admin.SendAsync(request);
            var answer = await response.Content.ReadAsStringAsync();
            TestContext.Out.WriteLine($"{example.Method} {path} ({example.OperationId}) → {(int)response.StatusCode}");
            if (!response.IsSuccessStatusCode)
            {
                failures.Add($"{example.Method} {example.Template} ({example.OperationId}) answered {(int)response.StatusCode}: {answer}");
            }
        }

        Assert.That(failures, Is.Empty);
    }

    // Examples whose path needs a demo id, SKU or account, sent by the module's own example test against a fresh demo
    // hub: CatalogSwaggerExampleTests (in order: create, then change) and Partners' DemoExamplesTests.
    private static readonly string[] CoveredByModuleExampleTests =
    [
        "ChangeItemStatus", "AddItemIdentifier", "SetPackConversion", "SetItemSubstitute", "SetItemAttribute",
        "EndCrossReference", "ReapplyMasterDataIssue", "RejectMasterDataIssue",
        "SetApiClientRateLimit", "UpdateCustomer", "UpdateSupplier", "UpdateTradingPartner", "OnboardPartner",
    ];

    // Path parameters of operations with examples, resolved against the demo data the example refers to.
    private async Task<(string Path, IReadOnlyList<(string Name, string Value)> Headers)> ResolveAsync(RequestExampleCase example)
    {
        var parameters = PathParameter().Matches(example.Template).Select(m => m.Groups[1].Value).ToList();
        if (parameters.Count == 0)
        {
            return (example.Template, []);
        }

        if (example is { Method: "PUT", Template: "/api/v1/sync-jobs/{id}" })
        {
            // The example names the schedule it changes; PUT needs that schedule's id and current ETag.
            var name = example.Body.Str("name");
            using var list = await _admin.GetAsync(new Uri("/api/v1/sync-jobs", UriKind.Relative));
            var schedules = JsonNode.Parse(await list.Content.ReadAsStringAsync())!.AsArray();
            var id = schedules.SingleOrDefault(s => s.Str("name") == name).Str("id");
            Assert.That(id, Is.Not.Null, $"the UpdateSyncJob example names schedule '{name}', which the demo hub should have");
            using var current = await _admin.GetAsync(new Uri($"/api/v1/sync-jobs/{id}", UriKind.Relative));
            return ($"/api/v1/sync-jobs/{id}", [("If-Match", current.Headers.ETag!.ToString())]);
        }

        if (example.OperationId == "ResolveException")
        {
            // A fresh hub has no exceptions: a 997 from the demo retailer for a group the hub never sent raises one.
            const string unmatched997 = "ISA*00*          *00*          *ZZ*CONTOSOTEST    *ZZ*DISTHUB        *261128*0900*U*00401*000000777*0*T*>~"
                + "GS*FA*CONTOSO*DISTHUB*20261128*0900*777*X*004010~ST*997*0001~AK1*PR*424242~AK9*A*1*1*1~SE*4*0001~GE*1*777~IEA*1*000000777~";
            using var upload = await _admin.PostAsync(new Uri("/api/v1/edi/inbound", UriKind.Relative),
                new StringContent(unmatched997, Encoding.ASCII, "application/edi-x12"));
            upload.EnsureSuccessStatusCode();
            var open = await _admin.GetOkAsync("/api/v1/exceptions?status=open&kind=edi.acknowledgement-unmatched");
            return ($"/api/v1/exceptions/{open["items"]![0].Str("id")}/resolve", []);
        }

        if (CoveredByModuleExampleTests.Contains(example.OperationId))
        {
            return (string.Empty, []);
        }

        Assert.Fail($"{example.Method} {example.Template} ({example.OperationId}) has a request example and path parameters "
            + $"({string.Join(", ", parameters)}) this test does not know how to resolve: add a resolver for it.");
        return default;
    }

    private static List<RequestExampleCase> ExamplesOf(JsonObject document)
    {
        var cases = new List<RequestExampleCase>();
        foreach (var (template, pathItem) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in pathItem!.AsObject())
            {
                if (operation?["requestBody"]?["content"] is not JsonObject content)
                {
                    continue;
                }

                foreach (var (mediaType, media) in content)
                {
                    if (media?["example"] is { } body)
                    {
                        cases.Add(new RequestExampleCase(
                            method.ToUpperInvariant(), template, operation.Str("operationId") ?? "?", mediaType, body.DeepClone()));
                        break;
                    }
                }
            }
        }

        return cases;
    }

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex PathParameter();

    private sealed record RequestExampleCase(string Method, string Template, string OperationId, string MediaType, JsonNode Body);
}
