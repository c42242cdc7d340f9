using Distribution.BuildingBlocks.Application.Auditing;
using Distribution.BuildingBlocks.Infrastructure.Auditing;
using Distribution.BuildingBlocks.Infrastructure.Modules;
using Distribution.BuildingBlocks.Infrastructure.Persistence;
using Distribution.Modules.Partners.Application.Abstractions;
using Distribution.Modules.Partners.Infrastructure.ApiClients;
using Distribution.Modules.Partners.Infrastructure.AuditLog;
using Distribution.Modules.Partners.Infrastructure.Authentication;
using Distribution.Modules.Partners.Infrastructure.Customers;
using Distribution.Modules.Partners.Infrastructure.Demo;
using Distribution.Modules.Partners.Infrastructure.PartnerTemplates;
using Distribution.Modules.Partners.Infrastructure.Persistence;
using Distribution.Modules.Partners.Infrastructure.Suppliers;
using Distribution.Modules.Partners.Infrastructure.TradingPartners;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.Modules.Partners.Infrastructure;

/// <summary>Partners: customers, suppliers, trading-partner profiles and templates, API clients and their keys.</summary>
public sealed class PartnersModule : IModule
{
    /// <inheritdoc />
    public string Name => PartnersDbContext.Module;

    /// <inheritdoc />
    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<PartnersDbContext, SqlitePartnersDbContext, SqlServerPartnersDbContext, IPartnersUnitOfWork, PartnersUnitOfWork>(
            configuration, Name);
        services.AddScoped<IApiClientRepository, ApiClientRepository>();
        services.AddScoped<ICustomerRepository, CustomerRepository>();
        services.AddScoped<ISupplierRepository, SupplierRepository>();
        services.AddScoped<ITradingPartnerRepository, TradingPartnerRepository>();
        services.AddScoped<IPartnerTemplateRepository, PartnerTemplateRepository>();
        services.AddSingleton<IStartupTask, PartnerTemplatesSeedTask>();
        services.AddSingleton<IAuditLog, EfAuditLog<PartnersDbContext>>();
        services.AddSingleton<IStartupTask, PartnersDemoData>();
        services.AddMemoryCache();
        services.AddSingleton<ApiKeyCache>();
        services.AddSingleton<IApiKeyCache>(provider => provider.GetRequiredService<ApiKeyCache>());
        services.AddSingleton<IStartupTask, BootstrapAdminKeyStartupTask>();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        ApiClientEndpoints.Map(api);
        CustomerEndpoints.Map(api);
        SupplierEndpoints.Map(api);
        TradingPartnerEndpoints.Map(api);
        PartnerTemplateEndpoints.Map(api);
        AuditLogEndpoints.Map(api);
    }

    /// <summary>The authentication scheme that reads <c>X-Api-Key</c>.</summary>
    public static string ApiKeyScheme => ApiKeyAuthenticationHandler.SchemeName;
}
