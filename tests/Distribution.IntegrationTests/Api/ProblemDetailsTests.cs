using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Distribution.IntegrationTests.Infrastructure;

namespace Distribution.IntegrationTests.Api;

/// <summary>Bad input is a 400 problem naming the field; every error is RFC 9457 problem details with both ids.</summary>
[TestFixture]
public sealed class ProblemDetailsTests
{
    private HubFactory _hub = null!;
    private HttpClient _admin = null!;

    [OneTimeSetUp]
    public void StartHub()
    {
        // Production: what partners call (no developer conveniences such as throwing on bad requests).
        _hub = new HubFactory(environment: "Production");
        _admin = _hub.CreateAdminClient();
    }

    [OneTimeTearDown]
    public async Task StopHub()
    {
        _admin.Dispose();
        await _hub.DisposeAsync();
    }

    [TestCase("61 * * * *", "UTC", "outbox-sweep", "cron", TestName = "CreateSyncJob_WhenCronMinuteIs61_Answers400NamingCron")]
    [TestCase("0 * * * *", "Mars/Olympus_Mons", "outbox-sweep", "timeZone", TestName = "CreateSyncJob_WhenTimeZoneIsUnknown_Answers400NamingTimeZone")]
    [TestCase("0 * * * *", "UTC", "no-such-job", "jobType", TestName = "CreateSyncJob_WhenJobTypeIsUnknown_Answers400NamingJobType")]
    public async Task CreateSyncJob_WhenAFieldIsInvalid_Answers400NamingTheField(string cron, string timeZone, string jobType, string field)
    {
        using var response = await _admin.PostAsJsonAsync("/api/v1/sync-jobs", new
        {
            name = "Invalid " + Guid.NewGuid().ToString("N")[..8],
            jobType,
            cron,
            timeZone,
            enabled = true,
        });

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]?.AsObject().Select(e => e.Key), Is.EqualTo(new[] { field }), problem.ToJsonString());
    }

    [TestCase("ftp://x", "catalog.*", "url", TestName = "CreateSubscription_WhenUrlIsNotHttp_Answers400NamingUrl")]
    [TestCase("not a url", "catalog.*", "url", TestName = "CreateSubscription_WhenUrlIsNotAUrl_Answers400NamingUrl")]
    [TestCase("http://127.0.0.1:9/hook", "Catalog.Item Created", "eventType", TestName = "CreateSubscription_WhenEventTypeIsMalformed_Answers400NamingEventType")]
    public async Task CreateSubscription_WhenAFieldIsInvalid_Answers400NamingTheField(string url, string eventType, string field)
    {
        using var response = await _admin.PostAsJsonAsync("/api/v1/subscriptions", new
        {
            name = "Invalid subscription",
            eventType,
            url,
            secret = "a-long-enough-secret-for-the-rules",
        });

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]?.AsObject().Select(e => e.Key), Is.EqualTo(new[] { field }), problem.ToJsonString());
    }

    [Test]
    public async Task CreateItem_WhenBodyIsMalformedJson_Answers400ProblemNot500()
    {
        using var content = new StringContent("{\"sku\": \"BROKEN\", \"name\": ", Encoding.UTF8, "application/json");
        using var response = await _admin.PostAsync(new Uri("/api/v1/items", UriKind.Relative), content);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task ApiRoute_WithoutApiKey_Answers401Problem()
    {
        using var anonymous = _hub.CreateClient();
        using var response = await anonymous.GetAsync(new Uri("/api/v1/items", UriKind.Relative));

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task ApiRoute_WithUnknownApiKey_Answers401Problem()
    {
        using var stranger = _hub.CreateClientWithKey("dih_000000000000_not-a-key-this-hub-ever-issued");
        using var response = await stranger.GetAsync(new Uri("/api/v1/items", UriKind.Relative));

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task SuccessfulResponse_WithCorrelationIdHeader_EchoesIt()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/items");
        request.Headers.Add("X-Correlation-ID", "itest-echo-123");
        using var echoed = await _admin.SendAsync(request);
        using var generated = await _admin.GetAsync(new Uri("/api/v1/sync-jobs", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(echoed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(echoed.Headers.GetValues("X-Correlation-ID"), Is.EqualTo(new[] { "itest-echo-123" }));
            Assert.That(generated.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(generated.Headers.TryGetValues("X-Correlation-ID", out var values) ? values.Single() : null,
                Is.Not.Null.And.Not.Empty, "an id is generated when the client sends none");
        });
    }

    private static async Task<JsonObject> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), text);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), text);
        var problem = JsonNode.Parse(text)!.AsObject();
        var correlationHeader = response.Headers.TryGetValues("X-Correlation-ID", out var values) ? values.Single() : null;
        Assert.Multiple(() =>
        {
            Assert.That(problem["status"]?.GetValue<int>(), Is.EqualTo((int)status), text);
            Assert.That(problem.Str("title"), Is.Not.Null.And.Not.Empty, text);
            Assert.That(problem.Str("traceId"), Is.Not.Null.And.Not.Empty, text);
            Assert.That(problem.Str("correlationId"), Is.Not.Null.And.Not.Empty, text);
            Assert.That(problem.Str("correlationId"), Is.EqualTo(correlationHeader), "the problem names the id the response carries");
            Assert.That(text, Does.Not.Contain("   at "), "no stack trace");
        });
        return problem;
    }
}
