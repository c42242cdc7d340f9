using Distribution.BuildingBlocks.Application.Errors;
using Distribution.BuildingBlocks.Domain;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Distribution.BuildingBlocks.Infrastructure.Web;

/// <summary>
/// Turns every exception into RFC 9457 problem details: known ones into their status and a message a client can
/// act on, anything else into a bare 500 (logged with its stack trace; never shown to the client).
/// </summary>
public sealed class ProblemDetailsExceptionHandler(
    IProblemDetailsService problemDetails,
    ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var problem = ToProblem(exception);
        if (problem.Status == StatusCodes.Status500InternalServerError)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails ToProblem(Exception exception) => exception switch
    {
        RequestValidationException validation => new HttpValidationProblemDetails(
            validation.Errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is not valid.",
        },
        BadHttpRequestException badRequest => Problem(badRequest.StatusCode, "The request could not be read.",
            badRequest.InnerException?.Message ?? badRequest.Message),
        NotFoundException notFound => Problem(StatusCodes.Status404NotFound, "Not found.", notFound.Message),
        ConflictException conflict => Problem(StatusCodes.Status409Conflict, "Conflict.", conflict.Message, conflict.Code),
        BusinessRuleValidationException rule => Problem(StatusCodes.Status422UnprocessableEntity,
            "A business rule prevents this.", rule.Message, rule.BrokenRule.Code),
        PreconditionException { Missing: true } precondition => Problem(StatusCodes.Status428PreconditionRequired,
            "Precondition required.", precondition.Message),
        PreconditionException precondition => Problem(StatusCodes.Status412PreconditionFailed,
            "Precondition failed.", precondition.Message),
        OperationCanceledException => Problem(499, "The request was cancelled.", null),
        _ => Problem(StatusCodes.Status500InternalServerError, "An unexpected error occurred.",
            "The error has been logged; quote the correlation id when reporting it."),
    };

    private static ProblemDetails Problem(int status, string title, string? detail, string? code = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (code is not null)
        {
            problem.Extensions["code"] = code;
        }

        return problem;
    }
}
