using Distribution.Modules.Integration.Application.Abstractions;
using Distribution.Modules.Integration.Domain.SyncJobs;
using Hangfire;

namespace Distribution.Modules.Integration.Infrastructure.SyncJobs;

/// <summary>Keeps Hangfire's recurring jobs equal to the enabled schedules in our tables.</summary>
internal sealed class HangfireRecurringJobMirror(IRecurringJobManager recurringJobs, IBackgroundJobClient jobs) : IRecurringJobMirror
{
    public void Apply(SyncSchedule schedule)
    {
        if (!schedule.Enabled)
        {
            recurringJobs.RemoveIfExists(schedule.RecurringJobId);
            return;
        }

        var scheduleId = schedule.Id;
        recurringJobs.AddOrUpdate<SyncJobRunJob>(schedule.RecurringJobId, job => job.RunAsync(scheduleId, CancellationToken.None),
            schedule.Cron, new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZone) });
    }

    public void Remove(SyncSchedule schedule) => recurringJobs.RemoveIfExists(schedule.RecurringJobId);

    public string RunNow(SyncSchedule schedule)
    {
        var scheduleId = schedule.Id;
        return jobs.Enqueue<SyncJobRunJob>(job => job.RunAsync(scheduleId, CancellationToken.None));
    }
}
