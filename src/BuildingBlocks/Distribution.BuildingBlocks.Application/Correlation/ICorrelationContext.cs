namespace Distribution.BuildingBlocks.Application.Correlation;

/// <summary>The correlation id of the business transaction being worked on (request, job or delivery).</summary>
public interface ICorrelationContext
{
    /// <summary>The current id; never empty inside a request or job.</summary>
    string CorrelationId { get; }
}
