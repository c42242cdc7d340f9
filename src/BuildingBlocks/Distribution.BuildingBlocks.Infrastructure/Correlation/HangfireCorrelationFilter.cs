using Hangfire.Client;
using Hangfire.Server;

namespace Distribution.BuildingBlocks.Infrastructure.Correlation;

/// <summary>
/// Carries the correlation id into every Hangfire job: stored as a job parameter when the job is created (visible
/// in the dashboard), made current again when a worker performs it.
/// </summary>
public sealed class HangfireCorrelationFilter : IClientFilter, IServerFilter
{
    private const string ParameterName = "CorrelationId";
    private const string ScopeKey = "CorrelationScope";

    /// <inheritdoc />
    public void OnCreating(CreatingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (CorrelationContext.CurrentId is { } correlationId)
        {
            context.SetJobParameter(ParameterName, correlationId);
        }
    }

    /// <inheritdoc />
    public void OnCreated(CreatedContext context)
    {
    }

    /// <inheritdoc />
    public void OnPerforming(PerformingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var correlationId = context.GetJobParameter<string>(ParameterName);
        context.Items[ScopeKey] = CorrelationContext.Begin(correlationId);
    }

    /// <inheritdoc />
    public void OnPerformed(PerformedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(ScopeKey, out var scope) && scope is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }
}
