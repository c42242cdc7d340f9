using Distribution.BuildingBlocks.Infrastructure.Modules;
using Distribution.BuildingBlocks.Infrastructure.Persistence;
using Distribution.Modules.Catalog.Application.Abstractions;
using Distribution.Modules.Catalog.Infrastructure.Demo;
using Distribution.Modules.Catalog.Infrastructure.Items;
using Distribution.Modules.Catalog.Infrastructure.Persistence;
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
        services.AddSingleton<IStartupTask, CatalogDemoData>();
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder api) => ItemEndpoints.Map(api);
}
