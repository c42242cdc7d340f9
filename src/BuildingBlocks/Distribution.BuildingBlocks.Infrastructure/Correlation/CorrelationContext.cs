using Distribution.BuildingBlocks.Application.Correlation;
using Serilog.Context;

namespace Distribution.BuildingBlocks.Infrastructure.Correlation;

/// <summary>
/// The correlation id of the current flow, carried by an <see cref="AsyncLocal{T}"/> so it follows awaits into
/// handlers, outbox rows and enqueued jobs without being passed around. Beginning one also pushes it into
/// Serilog's log context, so every log line of the flow carries it.
/// </summary>
public sealed class CorrelationContext : ICorrelationContext
{
    /// <summary>The header clients send and receive.</summary>
    public const string HeaderName = "X-Correlation-ID";

    private static readonly AsyncLocal<string?> Current = new();

    /// <inheritdoc />
    public string CorrelationId => Current.Value ?? string.Empty;

    /// <summary>The id of the current flow, or null outside one.</summary>
    public static string? CurrentId => Current.Value;

    /// <summary>Makes <paramref name="correlationId"/> (or a new id) current until the result is disposed.</summary>
    public static IDisposable Begin(string? correlationId)
    {
        var previous = Current.Value;
        Current.Value = string.IsNullOrWhiteSpace(correlationId) ? NewId() : correlationId;
        var logProperty = LogContext.PushProperty("CorrelationId", Current.Value);
        return new Restore(previous, logProperty);
    }

    /// <summary>A fresh id: 32 hex characters.</summary>
    public static string NewId() => Guid.NewGuid().ToString("N");

    private sealed class Restore(string? previous, IDisposable logProperty) : IDisposable
    {
        public void Dispose()
        {
            logProperty.Dispose();
            Current.Value = previous;
        }
    }
}
