using Distribution.BuildingBlocks.Application.Jobs;
using Distribution.BuildingBlocks.Infrastructure.Modules;
using Distribution.BuildingBlocks.Infrastructure.Outbox;
using Distribution.BuildingBlocks.Infrastructure.Persistence;
using Distribution.Modules.Integration.Application.Abstractions;
using Distribution.Modules.Integration.Application.Edi;
using Distribution.Modules.Integration.Application.Edi.Acknowledgements;
using Distribution.Modules.Integration.Application.Edi.Inbound;
using Distribution.Modules.Integration.Application.Edi.Outbound;
using Distribution.Modules.Integration.Application.Exceptions;
using Distribution.Modules.Integration.Application.Webhooks;
using Distribution.Modules.Integration.Application.Webhooks.FanOutToWebhooks;
using Distribution.Modules.Integration.Domain.Edi;
using Distribution.Modules.Integration.Infrastructure.Demo;
using Distribution.Modules.Integration.Infrastructure.Edi;
using Distribution.Modules.Integration.Infrastructure.Edi.Transports;
using Distribution.Modules.Integration.Infrastructure.Edi.Transports.DropFolders;
using Distribution.Modules.Integration.Infrastructure.Edi.Transports.Sftp;
using Distribution.Modules.Integration.Infrastructure.Exceptions;
using Distribution.Modules.Integration.Infrastructure.Messages;
using Distribution.Modules.Integration.Infrastructure.Persistence;
using Distribution.Modules.Integration.Infrastructure.Subscriptions;
using Distribution.Modules.Integration.Infrastructure.SyncJobs;
using Distribution.Modules.Integration.Infrastructure.Webhooks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.Modules.Integration.Infrastructure;

/// <summary>Integration: webhook subscriptions and deliveries, the message log, dead letters, sync-job schedules, the EDI
/// engine (receipt, acknowledgements, control numbers, reconciliation) and the exceptions queue.</summary>
public sealed class IntegrationModule : IModule
{
    /// <inheritdoc />
    public string Name => IntegrationDbContext.Module;

    /// <inheritdoc />
    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<IntegrationDbContext, SqliteIntegrationDbContext, SqlServerIntegrationDbContext, IIntegrationUnitOfWork, IntegrationUnitOfWork>(
            configuration, Name);
        services.Configure<WebhookOptions>(configuration.GetSection(WebhookOptions.SectionName));
        services.AddOptions<EdiOptions>().Bind(configuration.GetSection(EdiOptions.SectionName))
            .Validate(o => o.MaxInboundBytes is > 0 and <= EdiMessage.ContentMaxLength,
                $"Edi:MaxInboundBytes must be between 1 and {EdiMessage.ContentMaxLength}.")
            .ValidateOnStart();
        var webhooks = configuration.GetSection(WebhookOptions.SectionName).Get<WebhookOptions>() ?? new WebhookOptions();
        // No IHttpClientFactory logging handlers: they open a log scope and build log state on every request even
        // with the level off; the message log records every attempt and its outcome already.
        services.AddHttpClient(HttpWebhookSender.ClientName, client => client.Timeout = webhooks.Timeout).RemoveAllLoggers();

        services.AddScoped<ISubscriptionRepository, SubscriptionRepository>();
        services.AddScoped<IOutboundMessageRepository, OutboundMessageRepository>();
        services.AddScoped<ISyncScheduleRepository, SyncScheduleRepository>();
        services.AddScoped<IWebhookSender, HttpWebhookSender>();
        services.AddSingleton<IControlNumberAllocator, ControlNumberAllocator>();
        services.AddScoped<IReceivedInterchangeRegistry, ReceivedInterchangeRegistry>();
        services.AddScoped<BusinessKeyDuplicateChecks>();
        services.AddScoped<IEdiMessageRepository, EdiMessageRepository>();
        services.AddScoped<ISentGroupRepository, SentGroupRepository>();
        services.AddScoped<IExceptionCaseRepository, ExceptionCaseRepository>();
        services.AddScoped<ExceptionQueue>();
        services.AddScoped<AcknowledgementReconciler>();
        services.AddScoped<InterchangeReceiver>();
        services.AddScoped<EdiEnvelopeWriter>();
        services.AddScoped<EdiOutbox>();
        services.AddScoped<ISyncJobType, AcknowledgementCheckJobType>();
        services.AddSingleton<IWebhookDeliveryScheduler, HangfireWebhookDeliveryScheduler>();
        services.AddSingleton<IRecurringJobMirror, HangfireRecurringJobMirror>();
        services.AddScoped<IRetentionPolicy, MessageLogRetentionPolicy>();
        services.AddScoped<ISyncJobType, WebhookSweepJobType>();
        services.AddSingleton<QuietFileTracker>();
        services.AddSingleton<SftpConnector>();
        services.AddScoped<EdiTransportCore>();
        services.AddScoped<ISyncJobType, DropFolderPollJobType>();
        services.AddScoped<ISyncJobType, SftpPollJobType>();
        services.AddTransient<WebhookDeliveryJob>();
        services.AddTransient<SyncJobRunJob>();
        services.AddSingleton<IStartupTask, SyncSchedulesStartupTask>();
        services.AddSingleton<IStartupTask, RecoverOutboundMessagesStartupTask>();
        services.AddSingleton<IStartupTask, IntegrationDemoData>();
        services.AddIntegrationEventHandler<FanOutToWebhooksHandler, IntegrationDbContext>(FanOutToWebhooksHandler.SubscriberName, "*");
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        SubscriptionEndpoints.Map(api);
        MessageEndpoints.Map(api);
        SyncJobEndpoints.Map(api);
        EdiEndpoints.Map(api);
        ExceptionEndpoints.Map(api);
    }
}
