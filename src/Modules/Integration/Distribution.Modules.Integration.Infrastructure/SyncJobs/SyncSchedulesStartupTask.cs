using Distribution.BuildingBlocks.Infrastructure.Modules;
using Distribution.Modules.Integration.Application.Abstractions;
using Distribution.Modules.Integration.Domain.SyncJobs;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.Modules.Integration.Infrastructure.SyncJobs;

/// <summary>
/// At startup: on first start, create the default schedules (outbox sweep every minute, webhook sweep every five
/// minutes, retention purge nightly, the EDI acknowledgement check every 15 minutes, and the EDI drop-folder and SFTP
/// polls — disabled until an admin enables them, since they reach out to folders and servers);
/// then mirror every stored schedule into Hangfire and remove recurring jobs whose schedule is gone.
/// </summary>
internal sealed class SyncSchedulesStartupTask : IStartupTask
{
    private static readonly (string Name, string JobType, string Cron, bool Enabled)[] Defaults =
    [
        ("Outbox sweep", "outbox-sweep", "* * * * *", true),
        ("Retention purge", "retention-purge", "30 3 * * *", true),
        ("Webhook sweep", "webhook-sweep", "*/5 * * * *", true),
        ("EDI acknowledgement check", "edi-acknowledgement-check", "*/15 * * * *", true),
        ("EDI drop-folder poll", "edi-drop-folder-poll", "* * * * *", false),
        ("EDI SFTP poll", "edi-sftp-poll", "*/5 * * * *", false),
    ];

    public int Order => 20;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var schedules = services.GetRequiredService<ISyncScheduleRepository>();
        var stored = await schedules.ListAsync(cancellationToken);
        if (stored.Count == 0)
        {
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            foreach (var (name, jobType, cron, enabled) in Defaults)
            {
                schedules.Add(SyncSchedule.Create(name, jobType, cron, "UTC", enabled, now));
            }

            await services.GetRequiredService<IIntegrationUnitOfWork>().CommitAsync(cancellationToken);
            stored = await schedules.ListAsync(cancellationToken);
        }

        var mirror = services.GetRequiredService<IRecurringJobMirror>();
        foreach (var schedule in stored)
        {
            mirror.Apply(schedule);
        }

        RemoveOrphans(services.GetRequiredService<JobStorage>(), services.GetRequiredService<IRecurringJobManager>(),
            stored.Where(s => s.Enabled).Select(s => s.RecurringJobId).ToHashSet(StringComparer.Ordinal));
    }

    private static void RemoveOrphans(JobStorage storage, IRecurringJobManager recurringJobs, HashSet<string> wanted)
    {
        using var connection = storage.GetConnection();
        foreach (var job in connection.GetRecurringJobs())
        {
            if (job.Id.StartsWith("sync-job:", StringComparison.Ordinal) && !wanted.Contains(job.Id))
            {
                recurringJobs.RemoveIfExists(job.Id);
            }
        }
    }
}
