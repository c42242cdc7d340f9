using System.Reflection;
using Distribution.ArchitectureTests.Support;
using Distribution.BuildingBlocks.Application.Events;
using Distribution.BuildingBlocks.Domain;
using Mono.Cecil;

namespace Distribution.ArchitectureTests;

/// <summary>The house conventions a newcomer relies on to find things: handler shape, use-case folders, event names.</summary>
public sealed class ConventionTests
{
    // <module>.<thing>-<past-tense-verb>.v<N>, e.g. catalog.item-created.v1.
    private const string WireName = @"^[a-z]+\.[a-z0-9-]+\.v\d+$";

    private static readonly string[] UseCaseSuffixes = ["Command", "Query"];

    private static IEnumerable<Type> ModuleTypes => HubAssemblies.ModuleAssemblies.SelectMany(LayerTests.ModuleTypes);

    [Test]
    public void Handlers_AreInternalSealed()
    {
        var handlers = ModuleTypes.Where(t => t is { IsClass: true, IsAbstract: false } && IsHandler(t)).ToList();
        Assert.That(handlers, Is.Not.Empty, "No handlers found: the discovery is broken.");

        var offending = handlers.Where(t => t.IsPublic || t.IsNestedPublic || !t.IsSealed).Select(t => t.FullName).ToList();
        Assert.That(offending, Is.Empty, "Handlers are internal sealed; the mediator's generator sees them through InternalsVisibleTo.");
    }

    [Test]
    public void CommandsAndQueries_LiveInTheirUseCaseFolder()
    {
        var messages = CommandsAndQueries().ToList();
        Assert.That(messages, Is.Not.Empty, "No commands or queries found: the discovery is broken.");

        var offending = messages.Where(t => !IsInUseCaseFolder(t)).Select(t => t.FullName).ToList();
        Assert.That(offending, Is.Empty,
            "A command or query is Application.<Aggregate>.<UseCase>.<UseCase>Command|Query (one folder per use case).");
    }

    [Test]
    public void CommandAndQueryHandlers_LiveBesideTheirMessage()
    {
        var offending = ModuleTypes
            .Where(t => t is { IsClass: true, IsAbstract: false })
            .SelectMany(handler => handler.GetInterfaces()
                .Where(IsMediatorRequestHandler)
                .Select(i => (Handler: handler, Message: i.GetGenericArguments()[0])))
            .Where(x => x.Handler.Namespace != ExpectedHandlerNamespace(x.Message))
            .Select(x => $"{x.Handler.FullName} handles {x.Message.FullName}")
            .ToList();
        Assert.That(offending, Is.Empty);
    }

    [Test]
    public void IntegrationEvents_CarryAWireNameOfTheirModule()
    {
        var events = IntegrationEvents().ToList();
        Assert.That(events, Is.Not.Empty, "No integration events found: the discovery is broken.");

        using (Assert.EnterMultipleScope())
        {
            foreach (var type in events)
            {
                var name = type.GetCustomAttribute<IntegrationEventTypeAttribute>()?.Name;
                Assert.That(name, Is.Not.Null, $"{type.FullName} needs [IntegrationEventType].");
                Assert.That(name, Does.Match(WireName), type.FullName);
                Assert.That(name, Does.StartWith(ModuleOf(type).ToLowerInvariant() + "."), $"{type.FullName} is published by its own module.");
            }
        }
    }

    [Test]
    public void IntegrationEvents_HaveUniqueWireNames()
    {
        var duplicates = IntegrationEvents()
            .GroupBy(t => t.GetCustomAttribute<IntegrationEventTypeAttribute>()?.Name)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(t => t.FullName))}")
            .ToList();
        Assert.That(duplicates, Is.Empty);
    }

    [Test]
    public void IntegrationEvents_LiveInContractsAndEndInIntegrationEvent()
    {
        var offending = IntegrationEvents()
            .Where(t => !HubAssemblies.NameOf(t.Assembly).EndsWith(".Contracts", StringComparison.Ordinal)
                || !t.Name.EndsWith("IntegrationEvent", StringComparison.Ordinal))
            .Select(t => t.FullName)
            .ToList();
        Assert.That(offending, Is.Empty);
    }

    [Test]
    public void DomainEvents_LiveInDomainAndEndInDomainEvent()
    {
        var events = ModuleTypes.Where(t => !t.IsAbstract && typeof(IDomainEvent).IsAssignableFrom(t)).ToList();
        Assert.That(events, Is.Not.Empty);
        var offending = events
            .Where(t => !HubAssemblies.NameOf(t.Assembly).EndsWith(".Domain", StringComparison.Ordinal)
                || !t.Name.EndsWith("DomainEvent", StringComparison.Ordinal))
            .Select(t => t.FullName)
            .ToList();
        Assert.That(offending, Is.Empty);
    }

    [Test]
    public void Endpoints_LiveInInfrastructure()
    {
        var endpoints = ModuleTypes
            .Where(t => t.Name.EndsWith("Endpoint", StringComparison.Ordinal) || t.Name.EndsWith("Endpoints", StringComparison.Ordinal))
            .ToList();
        Assert.That(endpoints, Is.Not.Empty, "No endpoints found: the discovery is broken.");

        var offending = endpoints
            .Where(t => !HubAssemblies.NameOf(t.Assembly).EndsWith(".Infrastructure", StringComparison.Ordinal))
            .Select(t => t.FullName)
            .ToList();
        Assert.That(offending, Is.Empty);
    }

    [Test]
    public void EndpointMapping_HappensOnlyInInfrastructure()
    {
        // Whatever maps routes, whatever its name, is an endpoint.
        var offending = ModuleTypes
            .Where(t => !HubAssemblies.NameOf(t.Assembly).EndsWith(".Infrastructure", StringComparison.Ordinal))
            .Where(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Any(m => m.GetParameters().Any(p => p.ParameterType.FullName == "Microsoft.AspNetCore.Routing.IEndpointRouteBuilder")))
            .Select(t => t.FullName)
            .ToList();
        Assert.That(offending, Is.Empty);
    }

    [Test]
    public void WallClock_IsReadOnlyThroughTheInjectedTimeProvider()
    {
        // "Inject TimeProvider everywhere": a direct DateTime.UtcNow is a clock no test can move.
        string[] clockReads = ["get_Now", "get_UtcNow", "get_Today"];
        var assemblies = HubAssemblies.ModuleAssemblies.Concat(HubAssemblies.BuildingBlocks).ToList();
        Assert.That(assemblies, Is.Not.Empty);

        var offending = new List<string>();
        foreach (var assembly in assemblies)
        {
            using var module = ModuleDefinition.ReadModule(assembly.Location);
            offending.AddRange(module.GetTypes()
                .SelectMany(t => t.Methods)
                .Where(m => m.HasBody)
                .SelectMany(m => m.Body.Instructions
                    .Select(i => i.Operand)
                    .OfType<MethodReference>()
                    .Where(called => called.DeclaringType.FullName is "System.DateTime" or "System.DateTimeOffset"
                        && clockReads.Contains(called.Name))
                    .Select(called => $"{OuterTypeOf(m.DeclaringType).FullName} reads {called.DeclaringType.Name}.{called.Name[4..]}")));
        }

        Assert.That(offending.Distinct(), Is.Empty);
    }

    internal static IEnumerable<Type> CommandsAndQueries() => ModuleTypes
        .Where(t => !t.IsInterface && !t.IsAbstract)
        .Where(t => t.GetInterfaces().Any(i => i.Namespace == "Mediator" && i.Name is "IBaseCommand" or "IBaseQuery"
            or "IBaseStreamCommand" or "IBaseStreamQuery"));

    private static IEnumerable<Type> IntegrationEvents() => HubAssemblies.All
        .SelectMany(a => a.GetTypes())
        .Where(t => !t.IsAbstract && !t.IsInterface && typeof(IIntegrationEvent).IsAssignableFrom(t));

    private static bool IsInUseCaseFolder(Type type)
    {
        // Distribution.Modules.<Module>.Application.<Aggregate>.<UseCase>
        var parts = (type.Namespace ?? string.Empty).Split('.');
        if (parts.Length == 5 && parts[3] == "Contracts")
        {
            // A cross-module query other modules send: Distribution.Modules.<Module>.Contracts.<Area>.<Name>Query.
            return type.Name.EndsWith("Query", StringComparison.Ordinal);
        }

        if (parts.Length != 6 || parts[3] != HubModule.Application)
        {
            return false;
        }

        var useCase = parts[5];
        return UseCaseSuffixes.Any(suffix => type.Name == useCase + suffix);
    }

    // Beside the message in its use-case folder; for a Contracts query, in the Application folder named after it:
    // Contracts.<Area>.ResolveItemQuery → Application.<Area>.ResolveItem.
    private static string? ExpectedHandlerNamespace(Type message)
    {
        var parts = (message.Namespace ?? string.Empty).Split('.');
        if (parts.Length == 5 && parts[3] == "Contracts")
        {
            var useCase = UseCaseSuffixes.Aggregate(message.Name, (name, suffix) =>
                name.EndsWith(suffix, StringComparison.Ordinal) ? name[..^suffix.Length] : name);
            return string.Join('.', parts[0], parts[1], parts[2], HubModule.Application, parts[4], useCase);
        }

        return message.Namespace;
    }

    private static bool IsHandler(Type type) =>
        type.GetInterfaces().Any(i => IsMediatorHandler(i)
            || (i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDomainEventHandler<>))
            || i == typeof(IIntegrationEventHandler));

    private static bool IsMediatorHandler(Type contract) =>
        contract.Namespace == "Mediator" && contract.IsGenericType && contract.Name.Contains("Handler`", StringComparison.Ordinal);

    private static bool IsMediatorRequestHandler(Type contract) =>
        IsMediatorHandler(contract) && !contract.Name.StartsWith("INotification", StringComparison.Ordinal);

    // Lambdas and async state machines are nested types the compiler adds; name the type a person wrote.
    private static TypeDefinition OuterTypeOf(TypeDefinition type) => type.DeclaringType is null ? type : OuterTypeOf(type.DeclaringType);

    private static string ModuleOf(Type type) =>
        HubAssemblies.ModuleLayerOf(HubAssemblies.NameOf(type.Assembly))?.Module ?? HubAssemblies.NameOf(type.Assembly);
}
