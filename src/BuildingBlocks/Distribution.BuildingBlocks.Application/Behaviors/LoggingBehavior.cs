using System.Diagnostics;
using Distribution.BuildingBlocks.Application.Correlation;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Distribution.BuildingBlocks.Application.Behaviors;

/// <summary>
/// First in the pipeline: names the module, the message and the correlation id in a log scope (Serilog turns the
/// scope into properties of every line the handler writes) and times the call.
/// </summary>
public sealed class LoggingBehavior<TMessage, TResponse>(
    ILogger<LoggingBehavior<TMessage, TResponse>> logger,
    ICorrelationContext correlation) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    /// <inheritdoc />
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        var messageName = typeof(TMessage).Name;
        using var scope = logger.BeginScope(new Dictionary<string, object>
        {
            ["Module"] = ModuleNameOf(typeof(TMessage)),
            ["MessageName"] = messageName,
            ["CorrelationId"] = correlation.CorrelationId,
        });
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            logger.LogInformation("Handled {MessageName} in {ElapsedMs:0.0} ms",
                messageName, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception exception)
        {
            logger.LogWarning("{MessageName} failed after {ElapsedMs:0.0} ms: {Error}",
                messageName, Stopwatch.GetElapsedTime(started).TotalMilliseconds, exception.Message);
            throw;
        }
    }

    // Distribution.Modules.<Module>.Application… → <Module>; building blocks and others keep their namespace head.
    private static string ModuleNameOf(Type type)
    {
        var parts = (type.Namespace ?? string.Empty).Split('.');
        return parts.Length > 2 && parts[1] == "Modules" ? parts[2] : parts[0];
    }
}
