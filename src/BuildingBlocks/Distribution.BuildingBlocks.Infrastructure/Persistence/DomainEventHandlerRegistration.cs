using System.Reflection;
using Distribution.BuildingBlocks.Application.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Registers every <see cref="IDomainEventHandler{TEvent}"/> of the given assemblies (scoped, internal ones too).</summary>
public static class DomainEventHandlerRegistration
{
    /// <summary>Scans <paramref name="assemblies"/> for domain event handlers.</summary>
    public static IServiceCollection AddDomainEventHandlers(this IServiceCollection services, params Assembly[] assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        var handlers = assemblies.SelectMany(a => a.GetTypes())
            .Where(t => t is { IsAbstract: false, IsInterface: false })
            .SelectMany(t => t.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDomainEventHandler<>))
                .Select(i => (Service: i, Implementation: t)));
        foreach (var (service, implementation) in handlers)
        {
            services.AddScoped(service, implementation);
        }

        return services;
    }
}
