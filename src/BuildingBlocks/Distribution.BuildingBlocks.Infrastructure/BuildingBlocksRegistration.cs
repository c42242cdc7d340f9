using Distribution.BuildingBlocks.Application.Correlation;
using Distribution.BuildingBlocks.Application.Jobs;
using Distribution.BuildingBlocks.Application.Tenancy;
using Distribution.BuildingBlocks.Infrastructure.Correlation;
using Distribution.BuildingBlocks.Infrastructure.Health;
using Distribution.BuildingBlocks.Infrastructure.Jobs;
using Distribution.BuildingBlocks.Infrastructure.Modules;
using Distribution.BuildingBlocks.Infrastructure.Outbox;
using Distribution.BuildingBlocks.Infrastructure.Persistence;
using Distribution.BuildingBlocks.Infrastructure.Tenancy;
using Distribution.BuildingBlocks.Infrastructure.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Distribution.BuildingBlocks.Infrastructure;

/// <summary>The technical spine every module builds on: persistence, outbox, jobs, correlation, errors, health.</summary>
public static class BuildingBlocksRegistration
{
    /// <summary>Registers the building blocks.</summary>
    public static IServiceCollection AddBuildingBlocks(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ICorrelationContext, CorrelationContext>();
        services.AddHttpContextAccessor();
        services.AddScoped<ITenantContext, ClaimsTenantContext>();
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.SectionName));
        services.Configure<OutboxOptions>(configuration.GetSection(OutboxOptions.SectionName));
        services.Configure<RetentionOptions>(configuration.GetSection(RetentionOptions.SectionName));

        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<IntegrationEventSubscribers>();
        services.AddSingleton<OutboxRecovery>();
        services.AddTransient<OutboxDispatchJob>();
        services.AddTransient<OutboxDeliveryJob>();
        services.AddSingleton<IStartupTask, MigrateDatabasesStartupTask>();
        services.AddSingleton<IStartupTask, OutboxRecoveryStartupTask>();
        services.AddScoped<ISyncJobType, OutboxSweepJobType>();
        services.AddScoped<ISyncJobType, RetentionPurgeJobType>();
        services.AddScoped<IRetentionPolicy, OutboxRetentionPolicy>();

        services.AddHubJobs(configuration);
        services.AddHubProblemDetails();
        services.AddHealthChecks()
            .AddCheck<OutboxLagHealthCheck>("outbox-lag", tags: ["ready"])
            .AddCheck<JobStorageHealthCheck>("job-storage", tags: ["ready"]);
        return services;
    }
}
