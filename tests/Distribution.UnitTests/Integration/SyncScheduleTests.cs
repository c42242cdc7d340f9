using Distribution.Modules.Integration.Domain.SyncJobs;

namespace Distribution.UnitTests.Integration;

public sealed class SyncScheduleTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 30, 0, DateTimeKind.Utc);

    [Test]
    public void RecordRun_WithoutError_IsSucceeded()
    {
        var schedule = NewSchedule();

        schedule.RecordRun(Now, error: null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(schedule.LastRunAtUtc, Is.EqualTo(Now));
            Assert.That(schedule.LastRunOutcome, Is.EqualTo("succeeded"));
            Assert.That(schedule.LastRunError, Is.Null);
        }
    }

    [Test]
    public void RecordRun_WithError_IsFailedWithTheError()
    {
        var schedule = NewSchedule();

        schedule.RecordRun(Now, "SFTP host unreachable");

        Assert.That(schedule.LastRunOutcome, Is.EqualTo("failed"));
        Assert.That(schedule.LastRunError, Is.EqualTo("SFTP host unreachable"));
    }

    [Test]
    public void RecordRun_SucceedingAfterAFailure_ClearsTheError()
    {
        var schedule = NewSchedule();
        schedule.RecordRun(Now, "boom");

        schedule.RecordRun(Now.AddHours(1), error: null);

        Assert.That(schedule.LastRunOutcome, Is.EqualTo("succeeded"));
        Assert.That(schedule.LastRunError, Is.Null);
        Assert.That(schedule.LastRunAtUtc, Is.EqualTo(Now.AddHours(1)));
    }

    [Test]
    public void RecordRun_WithALongError_KeepsTheFirst2000Characters()
    {
        var schedule = NewSchedule();

        schedule.RecordRun(Now, new string('e', 3000));

        Assert.That(schedule.LastRunError, Has.Length.EqualTo(2000));
    }

    [Test]
    public void RecurringJobId_IsDerivedFromTheScheduleId()
    {
        var schedule = NewSchedule();

        Assert.That(schedule.RecurringJobId, Is.EqualTo($"sync-job:{schedule.Id}"));
    }

    [Test]
    public void Change_ReplacesEveryField()
    {
        var schedule = NewSchedule();

        schedule.Change("Nightly purge", "retention-purge", "30 3 * * *", "Europe/Berlin", enabled: false);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(schedule.Name, Is.EqualTo("Nightly purge"));
            Assert.That(schedule.JobType, Is.EqualTo("retention-purge"));
            Assert.That(schedule.Cron, Is.EqualTo("30 3 * * *"));
            Assert.That(schedule.TimeZone, Is.EqualTo("Europe/Berlin"));
            Assert.That(schedule.Enabled, Is.False);
        }
    }

    private static SyncSchedule NewSchedule() => SyncSchedule.Create("Outbox sweep", "outbox-sweep", "* * * * *", "UTC", enabled: true, Now);
}
