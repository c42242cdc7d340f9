using System.Net;
using System.Net.Http.Json;

namespace Distribution.IntegrationTests.Partners;

[TestFixture]
public sealed class RateLimitingTests
{
    private PartnersHubFactory _hub = null!;

    [OneTimeSetUp]
    public void StartHub() => _hub = new PartnersHubFactory(new Dictionary<string, string?>
    {
        // Generous default (the admin sets things up); a slow refill so a test's bucket does not refill mid-test.
        ["RateLimiting:TokenLimit"] = "1000",
        ["RateLimiting:TokensPerPeriod"] = "1",
        ["RateLimiting:ReplenishmentPeriod"] = "00:01:00",
    });

    [OneTimeTearDown]
    public void StopHub() => _hub.Dispose();

    private async Task<(Guid ClientId, string Key)> CreateClientAsync()
    {
        using var admin = _hub.Admin();
        var response = await admin.PostAsJsonAsync("/api/v1/api-clients",
            new { name = $"limited {Guid.NewGuid():N}", kind = "internal", scopes = new[] { "partners:read" } }, PartnersHubFactory.Json);
        var body = await response.ExpectAsync(HttpStatusCode.Created);
        return (body.GetProperty("clientId").GetGuid(), body.GetProperty("apiKey").GetString()!);
    }

    private async Task SetLimitAsync(Guid clientId, int? tokens, int? perPeriod)
    {
        using var admin = _hub.Admin();
        var response = await admin.PutAsJsonAsync($"/api/v1/api-clients/{clientId}/rate-limit",
            new { tokenLimit = tokens, tokensPerPeriod = perPeriod }, PartnersHubFactory.Json);
        await response.ExpectAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task Responses_CarryRateLimitHeaders_CountingDown()
    {
        var (_, key) = await CreateClientAsync();
        using var client = _hub.ClientWithKey(key);

        var first = await client.GetAsync("/api/v1/customers");
        var second = await client.GetAsync("/api/v1/customers");

        Assert.That(first.Headers.GetValues("RateLimit-Limit").Single(), Is.EqualTo("1000"));
        Assert.That(int.Parse(second.Headers.GetValues("RateLimit-Remaining").Single()),
            Is.LessThan(int.Parse(first.Headers.GetValues("RateLimit-Remaining").Single())));
    }

    [Test]
    public async Task PerClientOverride_WhenBucketIsEmpty_Returns429ProblemWithRetryAfter()
    {
        var (clientId, key) = await CreateClientAsync();
        await SetLimitAsync(clientId, 3, 1);
        using var client = _hub.ClientWithKey(key);

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 4; i++)
        {
            last = await client.GetAsync("/api/v1/customers");
            statuses.Add(last.StatusCode);
        }

        Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
        Assert.That(last.Headers.RetryAfter, Is.Not.Null);
        Assert.That(last.Headers.GetValues("RateLimit-Limit").Single(), Is.EqualTo("3"));
        Assert.That(last.Headers.GetValues("RateLimit-Remaining").Single(), Is.EqualTo("0"));
        Assert.That(int.Parse(last.Headers.GetValues("RateLimit-Reset").Single()), Is.EqualTo(180), "3 tokens at 1 a minute");
        Assert.That(last.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        var problem = await last.ReadJsonAsync();
        Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo(429));
    }

    [Test]
    public async Task Buckets_ArePerClient_OneClientsExhaustionLeavesOthersAlone()
    {
        var (noisyId, noisyKey) = await CreateClientAsync();
        var (_, quietKey) = await CreateClientAsync();
        await SetLimitAsync(noisyId, 1, 1);
        using var noisy = _hub.ClientWithKey(noisyKey);
        using var quiet = _hub.ClientWithKey(quietKey);

        await noisy.GetAsync("/api/v1/customers");
        var rejected = await noisy.GetAsync("/api/v1/customers");
        var other = await quiet.GetAsync("/api/v1/customers");

        Assert.That(rejected.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task SwaggerDocument_Documents429AndRateLimitHeaders()
    {
        using var anonymous = _hub.CreateClient();

        var document = await (await anonymous.GetAsync("/swagger/v1/swagger.json")).ExpectAsync(HttpStatusCode.OK);

        var responses = document.GetProperty("paths").GetProperty("/api/v1/customers").GetProperty("get").GetProperty("responses");
        Assert.That(responses.GetProperty("429").GetProperty("headers").TryGetProperty("Retry-After", out _), Is.True);
        Assert.That(responses.GetProperty("200").GetProperty("headers").TryGetProperty("RateLimit-Remaining", out _), Is.True);
    }

    [Test]
    public async Task SetRateLimit_WithOnlyOneValue_Returns422()
    {
        var (clientId, _) = await CreateClientAsync();
        using var admin = _hub.Admin();

        var response = await admin.PutAsJsonAsync($"/api/v1/api-clients/{clientId}/rate-limit",
            new { tokenLimit = 10 }, PartnersHubFactory.Json);

        var problem = await response.ExpectAsync(HttpStatusCode.UnprocessableEntity);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("partners.rate-limit-incomplete"));
    }
}

[TestFixture]
public sealed class RateLimitingDefaultTests
{
    [Test]
    public async Task ConfiguredDefault_AppliesToClientsWithoutOverride()
    {
        using var hub = new PartnersHubFactory(new Dictionary<string, string?>
        {
            ["RateLimiting:TokenLimit"] = "2",
            ["RateLimiting:TokensPerPeriod"] = "1",
            ["RateLimiting:ReplenishmentPeriod"] = "00:05:00",
        });
        using var admin = hub.Admin();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await admin.GetAsync("/api/v1/customers")).StatusCode);
        }

        Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
    }
}
