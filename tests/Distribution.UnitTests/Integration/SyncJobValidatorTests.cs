using Distribution.BuildingBlocks.Application.Jobs;
using Distribution.Modules.Integration.Application.SyncJobs.CreateSyncJob;
using Distribution.Modules.Integration.Application.SyncJobs.UpdateSyncJob;
using FluentValidation.Results;

namespace Distribution.UnitTests.Integration;

/// <summary>A schedule is accepted only when Hangfire could run it: a real cron, a known time zone, a registered job type.</summary>
public sealed class SyncJobValidatorTests
{
    private static readonly ISyncJobType[] JobTypes = [JobType("outbox-sweep"), JobType("retention-purge")];

    [TestCase("0 * * * *")]
    [TestCase("*/15 8-18 * * 1-5")]
    [TestCase("30 3 * * *")]
    public void CreateSyncJob_WithAFiveFieldCron_IsValid(string cron)
    {
        Assert.That(Validate(Create(cron: cron)).IsValid, Is.True);
    }

    [TestCase("*/30 * * * * *")]
    [TestCase("0 0 * * * *")]
    public void CreateSyncJob_WithASixFieldCronWithSeconds_IsValid(string cron)
    {
        Assert.That(Validate(Create(cron: cron)).IsValid, Is.True);
    }

    [TestCase(" 0 * * * * ")]
    [TestCase("0  *  * * *")]
    public void CreateSyncJob_WithExtraSpacesInTheCron_IsValid(string cron)
    {
        // The handler stores the cron trimmed, so what it would store must be accepted.
        Assert.That(Validate(Create(cron: cron)).IsValid, Is.True);
    }

    [TestCase("61 * * * *")]
    [TestCase("* 25 * * *")]
    [TestCase("every hour")]
    [TestCase("* * *")]
    [TestCase("0 0 0 * * * *")]
    [TestCase("")]
    public void CreateSyncJob_WithAnInvalidCron_FailsOnCron(string cron)
    {
        Assert.That(FailedFields(Validate(Create(cron: cron))), Is.EqualTo(new[] { "cron" }));
    }

    [Test]
    public void CreateSyncJob_WithAnUnknownTimeZone_FailsOnTimeZone()
    {
        Assert.That(FailedFields(Validate(Create(timeZone: "Mars/Olympus_Mons"))), Is.EqualTo(new[] { "timeZone" }));
    }

    [TestCase(null)]
    [TestCase("UTC")]
    public void CreateSyncJob_WithUtcOrNoTimeZone_IsValid(string? timeZone)
    {
        Assert.That(Validate(Create(timeZone: timeZone)).IsValid, Is.True);
    }

    [Test]
    public void CreateSyncJob_WithAnUnknownJobType_FailsOnJobTypeNamingTheKnownTypes()
    {
        var result = Validate(Create(jobType: "erp-sync"));

        Assert.That(FailedFields(result), Is.EqualTo(new[] { "jobType" }));
        Assert.That(result.Errors.Single().ErrorMessage, Does.Contain("outbox-sweep").And.Contain("retention-purge"));
    }

    [Test]
    public void CreateSyncJob_WithEverythingWrong_ReportsEveryField()
    {
        var result = Validate(new CreateSyncJobCommand("", "nope", "61 * * * *", "Nowhere/Nothing", true));

        Assert.That(FailedFields(result), Is.EquivalentTo(new[] { "name", "jobType", "cron", "timeZone" }));
    }

    [Test]
    public void UpdateSyncJob_AppliesTheSameScheduleRules()
    {
        var validator = new UpdateSyncJobCommandValidator(JobTypes);

        var result = validator.Validate(new UpdateSyncJobCommand(Guid.NewGuid(), 1, "Hourly sweep", "outbox-sweep", "61 * * * *", "Mars/Base", true));

        Assert.That(FailedFields(result), Is.EquivalentTo(new[] { "cron", "timeZone" }));
    }

    private static CreateSyncJobCommand Create(string cron = "0 * * * *", string? timeZone = "UTC", string jobType = "outbox-sweep") =>
        new("Hourly outbox sweep", jobType, cron, timeZone, true);

    private static ValidationResult Validate(CreateSyncJobCommand command) => new CreateSyncJobCommandValidator(JobTypes).Validate(command);

    private static string[] FailedFields(ValidationResult result) => result.Errors.Select(e => e.PropertyName).Distinct().ToArray();

    private static ISyncJobType JobType(string key)
    {
        var jobType = Substitute.For<ISyncJobType>();
        jobType.Key.Returns(key);
        return jobType;
    }
}
