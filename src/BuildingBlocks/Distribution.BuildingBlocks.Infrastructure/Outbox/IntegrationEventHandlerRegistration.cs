using Distribution.BuildingBlocks.Application.Events;
using Distribution.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.BuildingBlocks.Infrastructure.Outbox;

/// <summary>How a module subscribes one of its handlers to integration events.</summary>
public static class IntegrationEventHandlerRegistration
{
    /// <summary>
    /// Subscribes <typeparamref name="THandler"/> under the stable <paramref name="name"/> (its inbox key) to events
    /// matching <paramref name="pattern"/>; its changes commit to <typeparamref name="TConsumerContext"/>.
    /// </summary>
    public static IServiceCollection AddIntegrationEventHandler<THandler, TConsumerContext>(
        this IServiceCollection services, string name, string pattern)
        where THandler : class, IIntegrationEventHandler
        where TConsumerContext : ModuleDbContext
    {
        services.AddScoped<THandler>();
        services.AddSingleton(new IntegrationEventSubscriber(name, pattern, typeof(THandler), typeof(TConsumerContext)));
        return services;
    }
}
