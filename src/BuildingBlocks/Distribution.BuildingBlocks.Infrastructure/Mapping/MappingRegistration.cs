using System.Reflection;
using Mapster;
using MapsterMapper;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.BuildingBlocks.Infrastructure.Mapping;

/// <summary>
/// Mapster configured once for the whole host: every module's <see cref="IRegister"/> is scanned into one config,
/// which is compiled at startup so a broken mapping fails the start (and a test), not a request.
/// </summary>
public static class MappingRegistration
{
    /// <summary>Builds, compiles and registers the mapping configuration.</summary>
    public static IServiceCollection AddHubMapping(this IServiceCollection services, params Assembly[] assemblies)
    {
        var config = BuildConfig(assemblies);
        services.AddSingleton(config);
        services.AddSingleton<IMapper>(new Mapper(config));
        return services;
    }

    /// <summary>The compiled configuration for <paramref name="assemblies"/>.</summary>
    public static TypeAdapterConfig BuildConfig(params Assembly[] assemblies)
    {
        var config = new TypeAdapterConfig { RequireExplicitMapping = true, RequireDestinationMemberSource = true };
        config.Scan(assemblies);
        config.Compile();
        return config;
    }
}
