using Distribution.BuildingBlocks.Application.Jobs;
using FluentValidation;

namespace Distribution.Modules.Integration.Application.SyncJobs.UpdateSyncJob;

internal sealed class UpdateSyncJobCommandValidator : AbstractValidator<UpdateSyncJobCommand>
{
    public UpdateSyncJobCommandValidator(IEnumerable<ISyncJobType> jobTypes) =>
        this.AddScheduleRules(c => c.Name, c => c.JobType, c => c.Cron, c => c.TimeZone, jobTypes);
}
