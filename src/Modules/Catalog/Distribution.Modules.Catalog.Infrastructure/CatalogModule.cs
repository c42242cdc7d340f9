using Distribution.BuildingBlocks.Infrastructure.Modules;
using Distribution.BuildingBlocks.Infrastructure.Persistence;
using Distribution.Modules.Catalog.Application.Abstractions;
using Distribution.Modules.Catalog.Application.Imports;
using Distribution.Modules.Catalog.Application.Resolution;
using Distribution.Modules.Catalog.Contracts.Resolution;
using Distribution.Modules.Catalog.Infrastructure.CrossReferences;
using Distribution.Modules.Catalog.Infrastructure.Demo;
using Distribution.Modules.Catalog.Infrastructure.Imports;
using Distribution.Modules.Catalog.Infrastructure.Items;
using Distribution.Modules.Catalog.Infrastructure.MasterDataIssues;
using Distribution.Modules.Catalog.Infrastructure.Persistence;
using Distribution.Modules.Catalog.Infrastructure.Resolution;
using Distribution.Modules.Catalog.Infrastructure.Survivorship;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.Modules.Catalog.Infrastructure;

/// <summary>Catalog: the item master every inbound document resolves against.</summary>
public sealed class CatalogModule : IModule
{
    /// <inheritdoc />
    public string Name => CatalogDbContext.Module;

    /// <inheritdoc />
    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<CatalogDbContext, SqliteCatalogDbContext, SqlServerCatalogDbContext, ICatalogUnitOfWork, CatalogUnitOfWork>(
            configuration, Name);
        services.AddScoped<IItemRepository, ItemRepository>();
        services.AddScoped<ICrossReferenceRepository, CrossReferenceRepository>();
        services.AddScoped<IMasterDataIssueRepository, MasterDataIssueRepository>();
        services.AddScoped<ICatalogImportRepository, CatalogImportRepository>();
        services.AddSingleton<IAttributeSourceRanking, ConfiguredAttributeSourceRanking>();
        services.AddSingleton<ResolutionCache>();
        services.AddScoped<IItemResolver, ItemResolver>();
        services.AddScoped<ItemRowApplier>();
        services.AddScoped<ICatalogImportWriter, CatalogImportWriter>();
        services.AddSingleton<IStartupTask, CatalogDemoData>();
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        ItemEndpoints.Map(api);
        UomConversionEndpoints.Map(api);
        CrossReferenceEndpoints.Map(api);
        ResolveItemEndpoint.Map(api);
        MasterDataIssueEndpoints.Map(api);
        ImportCatalogEndpoints.Map(api);
    }
}
