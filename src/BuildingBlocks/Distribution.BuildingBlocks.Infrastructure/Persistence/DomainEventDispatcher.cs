using System.Collections.Concurrent;
using Distribution.BuildingBlocks.Application.Events;
using Distribution.BuildingBlocks.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Calls every <see cref="IDomainEventHandler{TEvent}"/> registered for an event's runtime type.</summary>
internal static class DomainEventDispatcher
{
    private static readonly ConcurrentDictionary<Type, Func<IServiceProvider, IDomainEvent, CancellationToken, Task>> Dispatchers = new();

    public static Task DispatchAsync(IServiceProvider services, IDomainEvent domainEvent, CancellationToken cancellationToken) =>
        Dispatchers.GetOrAdd(domainEvent.GetType(), CreateDispatcher)(services, domainEvent, cancellationToken);

    private static Func<IServiceProvider, IDomainEvent, CancellationToken, Task> CreateDispatcher(Type eventType)
    {
        var method = typeof(DomainEventDispatcher)
            .GetMethod(nameof(DispatchTypedAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(eventType);
        return method.CreateDelegate<Func<IServiceProvider, IDomainEvent, CancellationToken, Task>>();
    }

    private static async Task DispatchTypedAsync<TEvent>(
        IServiceProvider services, IDomainEvent domainEvent, CancellationToken cancellationToken)
        where TEvent : IDomainEvent
    {
        foreach (var handler in services.GetServices<IDomainEventHandler<TEvent>>())
        {
            await handler.HandleAsync((TEvent)domainEvent, cancellationToken);
        }
    }
}
