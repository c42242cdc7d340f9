using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Distribution.Modules.Partners.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.IntegrationTests.Partners;

[TestFixture]
public sealed class AuditLogTests
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

    private async Task<HttpResponseMessage> PostWithCorrelationAsync(HttpClient client, string url, object body, string correlationId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body, options: PartnersHubFactory.Json) };
        request.Headers.Add("X-Correlation-ID", correlationId);
        return await client.SendAsync(request);
    }

    private async Task<IReadOnlyList<JsonElement>> EntriesOfAsync(string correlationId)
    {
        var page = await (await _admin.GetAsync($"/api/v1/audit-log?correlationId={correlationId}")).ExpectAsync(HttpStatusCode.OK);
        return page.GetProperty("items").EnumerateArray().ToList();
    }

    [Test]
    public async Task Write_IsRecorded_WithWhoWhatWhenCorrelationAndOutcome()
    {
        await PostWithCorrelationAsync(_admin, "/api/v1/customers",
            new { accountNumber = "AU-1", name = "Audited", creditLimit = 0m, paymentTerms = "NET30" }, "audit-write-1");

        var entry = (await EntriesOfAsync("audit-write-1")).Single();
        Assert.That(entry.GetProperty("action").GetString(), Is.EqualTo("CreateCustomer"));
        Assert.That(entry.GetProperty("actorName").GetString(), Is.EqualTo("Bootstrap admin"));
        Assert.That(entry.GetProperty("actorKind").GetString(), Is.EqualTo("admin"));
        Assert.That(entry.GetProperty("statusCode").GetInt32(), Is.EqualTo(201));
        Assert.That(entry.GetProperty("outcome").GetString(), Is.EqualTo("succeeded"));
        Assert.That(entry.GetProperty("details").GetString(), Does.Contain("AU-1"));
        Assert.That(entry.GetProperty("occurredAt").GetDateTime(), Is.EqualTo(DateTime.UtcNow).Within(TimeSpan.FromMinutes(1)));
    }

    [Test]
    public async Task RejectedAndUnauthenticatedWrites_AreRecordedToo()
    {
        await PostWithCorrelationAsync(_admin, "/api/v1/customers", new { accountNumber = "", name = "" }, "audit-rejected-1");
        using var stranger = _hub.ClientWithKey("not-a-key-but-long-enough-to-be-looked-up");
        await PostWithCorrelationAsync(stranger, "/api/v1/customers", new { accountNumber = "AU-X" }, "audit-anonymous-1");

        var rejected = (await EntriesOfAsync("audit-rejected-1")).Single();
        var anonymous = (await EntriesOfAsync("audit-anonymous-1")).Single();
        Assert.That((rejected.GetProperty("statusCode").GetInt32(), rejected.GetProperty("outcome").GetString()), Is.EqualTo((400, "rejected")));
        Assert.That((anonymous.GetProperty("statusCode").GetInt32(), anonymous.GetProperty("actorId").GetString()), Is.EqualTo((401, "anonymous")));
    }

    [Test]
    public async Task AuditLog_NeverStoresSecrets_NeitherSentNorIssued()
    {
        var issued = await PostWithCorrelationAsync(_admin, "/api/v1/api-clients",
            new { name = "Secretive", kind = "internal", scopes = new[] { "partners:read" } }, "audit-secret-1");
        var issuedKey = (await issued.ReadJsonAsync()).GetProperty("apiKey").GetString()!;
        await PostWithCorrelationAsync(_admin, "/api/v1/customers", new
        {
            accountNumber = "AU-2", name = "Leaky", creditLimit = 0m, paymentTerms = "NET30",
            apiKey = "dih_leak_should-never-be-stored", nested = new { webhookSecret = "whsec-never-stored", password = "hunter2" },
        }, "audit-secret-2");

        var all = await (await _admin.GetAsync("/api/v1/audit-log?limit=200")).Content.ReadAsStringAsync();
        var leaky = (await EntriesOfAsync("audit-secret-2")).Single().GetProperty("details").GetString();
        Assert.That(all, Does.Not.Contain(issuedKey));
        Assert.That(all, Does.Not.Contain("should-never-be-stored").And.Not.Contain("whsec-never-stored").And.Not.Contain("hunter2"));
        Assert.That(leaky, Does.Contain("\"apiKey\":\"***\"").And.Contain("AU-2"));
    }

    [Test]
    public async Task ListAuditEntries_PagesNewestFirstWithCursor()
    {
        for (var i = 0; i < 3; i++)
        {
            await PostWithCorrelationAsync(_admin, "/api/v1/suppliers",
                new { code = $"AUP-{i}", name = "Paged", dropShipCapable = false, leadTimeDays = 1, minimumOrder = 0m }, $"audit-page-{i}");
        }

        var first = await (await _admin.GetAsync("/api/v1/audit-log?limit=2")).ExpectAsync(HttpStatusCode.OK);
        var cursor = first.GetProperty("nextCursor").GetString();
        var second = await (await _admin.GetAsync($"/api/v1/audit-log?limit=2&cursor={cursor}")).ExpectAsync(HttpStatusCode.OK);

        var sequences = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Select(e => e.GetProperty("sequence").GetInt64()).ToList();
        Assert.That(sequences, Is.Ordered.Descending);
        Assert.That(sequences, Is.Unique);
        Assert.That(sequences, Has.Count.EqualTo(4));
    }

    [Test]
    public async Task VerifyAuditLog_IsValid_UntilARowIsTamperedWith()
    {
        for (var i = 0; i < 3; i++)
        {
            await PostWithCorrelationAsync(_admin, "/api/v1/customers",
                new { accountNumber = $"AUV-{i}", name = "Chain", creditLimit = 0m, paymentTerms = "NET30" }, $"audit-verify-{i}");
        }

        var before = await (await _admin.GetAsync("/api/v1/audit-log/verify")).ExpectAsync(HttpStatusCode.OK);
        var target = (await EntriesOfAsync("audit-verify-1")).Single().GetProperty("sequence").GetInt64();
        await using (var scope = _hub.Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
            await context.Database.ExecuteSqlAsync($"UPDATE AuditLog SET StatusCode = 500 WHERE Sequence = {target}");
        }

        var after = await (await _admin.GetAsync("/api/v1/audit-log/verify")).ExpectAsync(HttpStatusCode.OK);
        Assert.That(before.GetProperty("valid").GetBoolean(), Is.True);
        Assert.That(before.GetProperty("entriesChecked").GetInt64(), Is.GreaterThanOrEqualTo(3));
        Assert.That(after.GetProperty("valid").GetBoolean(), Is.False);
        Assert.That(after.GetProperty("firstBrokenSequence").GetInt64(), Is.EqualTo(target));
    }

    [Test]
    public async Task AuditLog_IsAdminOnly()
    {
        using var partner = _hub.ClientWithKey(await _hub.CreateKeyAsync("internal", null, "partners:read", "partners:write"));

        var response = await partner.GetAsync("/api/v1/audit-log");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
