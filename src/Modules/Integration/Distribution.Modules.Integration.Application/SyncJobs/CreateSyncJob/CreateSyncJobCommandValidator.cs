using Distribution.BuildingBlocks.Application.Jobs;
using FluentValidation;

namespace Distribution.Modules.Integration.Application.SyncJobs.CreateSyncJob;

internal sealed class CreateSyncJobCommandValidator : AbstractValidator<CreateSyncJobCommand>
{
    public CreateSyncJobCommandValidator(IEnumerable<ISyncJobType> jobTypes) =>
        this.AddScheduleRules(c => c.Name, c => c.JobType, c => c.Cron, c => c.TimeZone, jobTypes);
}
