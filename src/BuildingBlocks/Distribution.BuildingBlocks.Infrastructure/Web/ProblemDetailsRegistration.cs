using Distribution.BuildingBlocks.Infrastructure.Correlation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.BuildingBlocks.Infrastructure.Web;

/// <summary>RFC 9457 problem details for every error, each with its trace id and correlation id.</summary>
public static class ProblemDetailsRegistration
{
    /// <summary>Longest <c>type</c> and <c>instance</c> of a problem (longer ones are cut).</summary>
    public const int UriMaxLength = 2048;

    /// <summary>Longest <c>title</c> of a problem.</summary>
    public const int TitleMaxLength = 200;

    /// <summary>Longest <c>detail</c> of a problem, and of each validation message.</summary>
    public const int DetailMaxLength = 4000;

    /// <summary>Most validation messages reported for one field.</summary>
    public const int MessagesPerField = 20;

    /// <summary>Adds problem details, the exception handler, and the ids on every problem.</summary>
    public static IServiceCollection AddHubProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            problem.Instance ??= context.HttpContext.Request.Path;
            // Messages can quote what the client sent; cutting them here keeps every problem within the limits the
            // OpenAPI document states for it.
            problem.Type = Cut(problem.Type, UriMaxLength);
            problem.Instance = Cut(problem.Instance, UriMaxLength);
            problem.Title = Cut(problem.Title, TitleMaxLength);
            problem.Detail = Cut(problem.Detail, DetailMaxLength);
            if (problem is HttpValidationProblemDetails validation)
            {
                foreach (var (field, messages) in validation.Errors.ToList())
                {
                    validation.Errors[field] = messages.Take(MessagesPerField).Select(m => Cut(m, DetailMaxLength)!).ToArray();
                }
            }

            problem.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
            if (CorrelationContext.CurrentId is { } correlationId)
            {
                problem.Extensions["correlationId"] = correlationId;
            }
        });
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        return services;
    }

    private static string? Cut(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
