using Cronos;
using Distribution.BuildingBlocks.Application.Jobs;
using FluentValidation;

namespace Distribution.Modules.Integration.Application.SyncJobs;

/// <summary>Field rules shared by the schedule commands: the cron, time zone and job type must be usable.</summary>
internal static class SyncJobRules
{
    public static void AddScheduleRules<T>(this AbstractValidator<T> validator, Func<T, string> name, Func<T, string> jobType,
        Func<T, string> cron, Func<T, string?> timeZone, IEnumerable<ISyncJobType> jobTypes)
    {
        var keys = jobTypes.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        validator.RuleFor(c => name(c)).NotEmpty().MaximumLength(200).OverridePropertyName("name");
        validator.RuleFor(c => jobType(c)).NotEmpty().MaximumLength(SyncJobTypeDto.KeyMaxLength).Must(keys.Contains).OverridePropertyName("jobType")
            .WithMessage(_ => $"Unknown job type; known types: {string.Join(", ", keys.Order(StringComparer.Ordinal))}.");
        validator.RuleFor(c => cron(c)).NotEmpty().MaximumLength(100).Must(IsValidCron).OverridePropertyName("cron")
            .WithMessage("Not a valid cron expression: use 5 fields (minute hour day-of-month month day-of-week), or 6 with seconds first, e.g. '0 * * * *'.");
        validator.RuleFor(c => timeZone(c)).MaximumLength(100).Must(tz => tz is null || TimeZoneInfo.TryFindSystemTimeZoneById(tz, out _))
            .OverridePropertyName("timeZone")
            .WithMessage("Unknown time zone; use an IANA id such as 'Europe/Berlin' or 'UTC'.");
    }

    public static bool IsValidCron(string? cron)
    {
        if (string.IsNullOrWhiteSpace(cron))
        {
            return false;
        }

        var format = cron.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard;
        try
        {
            CronExpression.Parse(cron, format);
            return true;
        }
        catch (CronFormatException)
        {
            return false;
        }
    }
}
