using Distribution.BuildingBlocks.Infrastructure.Correlation;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.BuildingBlocks.Infrastructure.Web;

/// <summary>RFC 9457 problem details for every error, each with its trace id and correlation id.</summary>
public static class ProblemDetailsRegistration
{
    /// <summary>Adds problem details, the exception handler, and the ids on every problem.</summary>
    public static IServiceCollection AddHubProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
            if (CorrelationContext.CurrentId is { } correlationId)
            {
                context.ProblemDetails.Extensions["correlationId"] = correlationId;
            }
        });
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        return services;
    }
}
