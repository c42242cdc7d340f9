using System.ComponentModel.DataAnnotations;
using Mediator;

namespace Distribution.Modules.Integration.Application.SyncJobs.RunSyncJobNow;

/// <summary>Runs a schedule's job once, now (also when the schedule is disabled).</summary>
/// <param name="Id">The schedule.</param>
public sealed record RunSyncJobNowCommand(Guid Id) : ICommand<SyncJobRunDto>;

/// <summary>A run that has been queued.</summary>
/// <param name="SyncJobId">The schedule.</param>
/// <param name="JobId">The Hangfire job id (see it in <c>/hangfire</c>).</param>
public sealed record SyncJobRunDto(Guid SyncJobId, [property: MaxLength(SyncJobRunDto.JobIdMaxLength)] string JobId)
{
    /// <summary>Longest Hangfire job id: a GUID or a number in every Hangfire storage.</summary>
    public const int JobIdMaxLength = 40;
}
