using Distribution.BuildingBlocks.Infrastructure.Correlation;
using Distribution.BuildingBlocks.Infrastructure.Persistence;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.SqlServer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.BuildingBlocks.Infrastructure.Jobs;

/// <summary>
/// Hangfire over the app's own database: in-memory storage in the embedded default (safe, because everything
/// that matters is in our tables and re-enqueued at startup), SQL Server storage for production and scale-out.
/// </summary>
public static class HangfireRegistration
{
    /// <summary>Adds Hangfire storage, filters and (unless switched off) a server.</summary>
    public static IServiceCollection AddHubJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var jobs = configuration.GetSection(JobsOptions.SectionName).Get<JobsOptions>() ?? new JobsOptions();
        services.Configure<JobsOptions>(configuration.GetSection(JobsOptions.SectionName));

        services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings()
                .UseFilter(new HangfireCorrelationFilter())
                // Jobs that need other delays say so; the default (10 tries over hours) is wrong for an integration hub.
                .UseFilter(new AutomaticRetryAttribute { Attempts = 3, DelaysInSeconds = [1, 10, 60] });
            if (database.Provider == DatabaseProvider.SqlServer)
            {
                config.UseSqlServerStorage(database.ConnectionString, new SqlServerStorageOptions
                {
                    SchemaName = "hangfire",
                    QueuePollInterval = jobs.QueuePollInterval,
                    PrepareSchemaIfNecessary = true,
                });
            }
            else
            {
                config.UseInMemoryStorage(new InMemoryStorageOptions { IdType = InMemoryStorageIdType.Guid });
            }
        });

        if (jobs.RunServer)
        {
            services.AddHangfireServer(options =>
            {
                options.WorkerCount = jobs.WorkerCount;
                options.SchedulePollingInterval = jobs.SchedulePollingInterval;
                options.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            });
        }

        return services;
    }
}
