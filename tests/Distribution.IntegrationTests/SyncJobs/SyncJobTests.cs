using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Distribution.IntegrationTests.Infrastructure;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.IntegrationTests.SyncJobs;

/// <summary>Schedules live in our tables and are mirrored into Hangfire's recurring jobs on every change.</summary>
[TestFixture]
public sealed class SyncJobTests
{
    private HubFactory _hub = null!;
    private HttpClient _admin = null!;

    [OneTimeSetUp]
    public void StartHub()
    {
        _hub = new HubFactory();
        _admin = _hub.CreateAdminClient();
    }

    [OneTimeTearDown]
    public async Task StopHub()
    {
        _admin.Dispose();
        await _hub.DisposeAsync();
    }

    [Test]
    public async Task FirstStart_WhenNoSchedulesExist_CreatesOutboxSweepAndRetentionPurgeInHangfire()
    {
        using var response = await _admin.GetAsync(new Uri("/api/v1/sync-jobs", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var schedules = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray().Select(n => n!.AsObject()).ToList();

        var sweep = schedules.SingleOrDefault(s => s.Str("name") == "Outbox sweep");
        var purge = schedules.SingleOrDefault(s => s.Str("name") == "Retention purge");
        Assert.That(sweep, Is.Not.Null, "Outbox sweep schedule");
        Assert.That(purge, Is.Not.Null, "Retention purge schedule");
        Assert.Multiple(() =>
        {
            Assert.That(sweep.Str("jobType"), Is.EqualTo("outbox-sweep"));
            Assert.That(purge.Str("jobType"), Is.EqualTo("retention-purge"));
            Assert.That(RecurringJob(sweep.Str("id")!)?.Cron, Is.EqualTo(sweep.Str("cron")));
            Assert.That(RecurringJob(purge.Str("id")!)?.Cron, Is.EqualTo(purge.Str("cron")));
        });
    }

    [Test]
    public async Task SyncJobLifecycle_WhenCreatedChangedDisabledAndDeleted_IsMirroredIntoHangfire()
    {
        // Create → registered with its cron and time zone.
        var (id, url) = await CreateSyncJobAsync("0 * * * *", "Europe/Berlin");
        var registered = RecurringJob(id);
        Assert.That(registered, Is.Not.Null, "a new schedule is in Hangfire");
        Assert.Multiple(() =>
        {
            Assert.That(registered!.Cron, Is.EqualTo("0 * * * *"));
            Assert.That(registered.TimeZoneId, Is.EqualTo("Europe/Berlin"));
        });

        // Change with the ETag from GET → Hangfire follows.
        var (current, etag) = await GetWithETagAsync(url);
        using var changed = await PutAsync(url, Change(current, cron: "*/15 * * * *"), etag);
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await changed.Content.ReadAsStringAsync());
        Assert.That(RecurringJob(id)?.Cron, Is.EqualTo("*/15 * * * *"), "a changed cron is in Hangfire");

        // Disable → removed from Hangfire, kept here.
        (current, etag) = await GetWithETagAsync(url);
        using var disabled = await PutAsync(url, Change(current, enabled: false), etag);
        Assert.That(disabled.StatusCode, Is.EqualTo(HttpStatusCode.OK), await disabled.Content.ReadAsStringAsync());
        Assert.That(RecurringJob(id), Is.Null, "a disabled schedule is not in Hangfire");
        Assert.That((await GetWithETagAsync(url)).Job["enabled"]!.GetValue<bool>(), Is.False, "a disabled schedule is kept");

        // Enabled again, then deleted → gone from Hangfire, and 404 here.
        (current, etag) = await GetWithETagAsync(url);
        using var enabled = await PutAsync(url, Change(current, enabled: true), etag);
        Assert.That(enabled.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(RecurringJob(id)?.Cron, Is.EqualTo("*/15 * * * *"), "a re-enabled schedule is back in Hangfire");

        using var deleted = await _admin.DeleteAsync(new Uri(url, UriKind.Relative));
        using var afterDelete = await _admin.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Multiple(() =>
        {
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(RecurringJob(id), Is.Null, "a deleted schedule is not in Hangfire");
            Assert.That(afterDelete.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [Test]
    public async Task UpdateSyncJob_WithoutIfMatch_Answers428AndChangesNothing()
    {
        var (id, url) = await CreateSyncJobAsync("0 * * * *", "UTC");
        var (current, _) = await GetWithETagAsync(url);

        using var response = await PutAsync(url, Change(current, cron: "5 * * * *"), ifMatch: null);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo((HttpStatusCode)428));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(RecurringJob(id)?.Cron, Is.EqualTo("0 * * * *"));
        });
    }

    [Test]
    public async Task UpdateSyncJob_WithStaleETag_Answers412AndChangesNothing()
    {
        var (id, url) = await CreateSyncJobAsync("0 * * * *", "UTC");
        var (current, staleETag) = await GetWithETagAsync(url);
        using var first = await PutAsync(url, Change(current, cron: "10 * * * *"), staleETag);
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        using var second = await PutAsync(url, Change(current, cron: "20 * * * *"), staleETag);

        Assert.Multiple(() =>
        {
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
            Assert.That(second.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(RecurringJob(id)?.Cron, Is.EqualTo("10 * * * *"));
        });
    }

    [Test]
    public async Task RunNow_WhenAccepted_RecordsSucceededOnTheSchedule()
    {
        var job = await _admin.PostOkAsync("/api/v1/sync-jobs", new
        {
            name = "Run now " + Guid.NewGuid().ToString("N")[..8],
            jobType = "retention-purge",
            cron = "0 0 1 1 *",
            timeZone = "UTC",
        });
        var url = $"/api/v1/sync-jobs/{job.Str("id")}";
        Assert.That(job["lastRunOutcome"], Is.Null, "never run yet");

        using var run = await _admin.PostAsync(new Uri(url + "/run", UriKind.Relative), content: null);
        Assert.That(run.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await run.Content.ReadAsStringAsync());
        Assert.That((await run.JsonAsync()).Str("jobId"), Is.Not.Null.And.Not.Empty);

        var after = await Eventually.MatchesAsync(
            () => _admin.GetOkAsync(url), j => j["lastRunOutcome"] is not null, "the run to be recorded");
        Assert.Multiple(() =>
        {
            Assert.That(after.Str("lastRunOutcome"), Is.EqualTo("succeeded"), after.ToJsonString());
            Assert.That(after["lastRunAt"], Is.Not.Null);
            Assert.That(after["lastRunError"], Is.Null);
        });
    }

    private async Task<(string Id, string Url)> CreateSyncJobAsync(string cron, string timeZone)
    {
        using var created = await _admin.PostAsJsonAsync("/api/v1/sync-jobs", new
        {
            name = "Sync job " + Guid.NewGuid().ToString("N")[..8],
            jobType = "outbox-sweep",
            cron,
            timeZone,
            enabled = true,
        });
        var job = await created.SuccessJsonAsync();
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(created.Headers.ETag, Is.Not.Null, "POST returns the ETag");
        var id = job.Str("id")!;
        return (id, $"/api/v1/sync-jobs/{id}");
    }

    private RecurringJobDto? RecurringJob(string scheduleId)
    {
        var storage = _hub.Services.GetRequiredService<JobStorage>();
        using var connection = storage.GetConnection();
        return connection.GetRecurringJobs().SingleOrDefault(j => j.Id == $"sync-job:{scheduleId}");
    }

    private async Task<(JsonObject Job, string ETag)> GetWithETagAsync(string url)
    {
        using var response = await _admin.GetAsync(new Uri(url, UriKind.Relative));
        var job = await response.SuccessJsonAsync();
        Assert.That(response.Headers.ETag, Is.Not.Null, "GET returns the ETag");
        return (job, response.Headers.ETag!.ToString());
    }

    private async Task<HttpResponseMessage> PutAsync(string url, object body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await _admin.SendAsync(request);
    }

    private static Dictionary<string, object?> Change(JsonObject current, string? cron = null, bool? enabled = null) => new()
    {
        ["name"] = current.Str("name"),
        ["jobType"] = current.Str("jobType"),
        ["cron"] = cron ?? current.Str("cron"),
        ["timeZone"] = current.Str("timeZone"),
        ["enabled"] = enabled ?? current["enabled"]!.GetValue<bool>(),
    };
}
