using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Distribution.BuildingBlocks.Infrastructure.Correlation;

/// <summary>
/// Takes <c>X-Correlation-ID</c> from the request (or makes one), echoes it on the response and makes it current
/// for everything the request causes. An id that is too long or has odd characters is replaced, not trusted,
/// since it ends up in logs and partner headers.
/// </summary>
public sealed partial class CorrelationMiddleware(RequestDelegate next)
{
    /// <summary>Longest correlation id taken from a client (<see cref="IdPattern"/> says the same).</summary>
    public const int IdMaxLength = 100;

    /// <summary>What a client's correlation id must look like to be kept.</summary>
    public const string IdPattern = "^[A-Za-z0-9._:-]{1,100}$";

    /// <summary>Runs the rest of the pipeline inside the request's correlation.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var offered = context.Request.Headers[CorrelationContext.HeaderName].ToString();
        var correlationId = SafeId().IsMatch(offered) ? offered : CorrelationContext.NewId();
        using var correlation = CorrelationContext.Begin(correlationId);
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[CorrelationContext.HeaderName] = correlationId;
            return Task.CompletedTask;
        });
        await next(context);
    }

    [GeneratedRegex(IdPattern)]
    private static partial Regex SafeId();
}
