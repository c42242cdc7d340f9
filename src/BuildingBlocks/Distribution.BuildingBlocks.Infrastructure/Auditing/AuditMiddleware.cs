using System.Buffers;
using System.Security.Claims;
using System.Text;
using Distribution.BuildingBlocks.Application.Auditing;
using Distribution.BuildingBlocks.Infrastructure.Correlation;
using Distribution.BuildingBlocks.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Distribution.BuildingBlocks.Infrastructure.Auditing;

/// <summary>
/// Records every write (any method but GET, HEAD and OPTIONS) to the API and to the admin pages (<c>/ops</c>,
/// <c>/hangfire</c>) once its response is settled, whatever the outcome, so refused and failed attempts are on record
/// too. It sits outside the exception handler, so the status it records is the one the client got. Bodies are
/// stored redacted (<see cref="SecretRedactor"/>); responses, which may carry a newly issued key, never.
/// </summary>
public sealed class AuditMiddleware(RequestDelegate next, ILogger<AuditMiddleware> logger, TimeProvider clock)
{
    private const int MaxBodyCharacters = 64 * 1024;
    private static readonly string[] AuditedPrefixes = ["/api", "/ops", "/hangfire"];

    /// <summary>Runs the request, then appends its audit record.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!IsAudited(context.Request))
        {
            await next(context);
            return;
        }

        var details = await ReadDetailsAsync(context.Request);
        try
        {
            await next(context);
        }
        finally
        {
            await AppendAsync(context, details);
        }
    }

    private static bool IsAudited(HttpRequest request) =>
        !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method)
        && AuditedPrefixes.Any(p => request.Path.StartsWithSegments(p));

    // Only JSON is ever stored (redacted); of a form or file, its type and size are enough (a sign-in form holds a key).
    private static async Task<string?> ReadDetailsAsync(HttpRequest request)
    {
        if (!(request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) ?? false))
        {
            return request.ContentLength is > 0 or null && request.ContentType is not null
                ? $"[{Truncate(request.ContentType, 100)}, {request.ContentLength?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"} bytes, not stored]"
                : null;
        }

        request.EnableBuffering();
        using var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        // Pooled: a fresh 64K-character buffer per write would land on the large-object heap every time.
        var buffer = ArrayPool<char>.Shared.Rent(MaxBodyCharacters);
        try
        {
            var read = await reader.ReadBlockAsync(buffer.AsMemory(0, MaxBodyCharacters), request.HttpContext.RequestAborted);
            request.Body.Position = 0;
            return SecretRedactor.Redact(request.ContentType, new string(buffer, 0, read));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private async Task AppendAsync(HttpContext context, string? details)
    {
        var audit = context.RequestServices.GetService<IAuditLog>();
        if (audit is null)
        {
            return;
        }

        var user = context.User;
        var authenticated = user.Identity?.IsAuthenticated == true;
        var endpoint = context.GetEndpoint();
        var action = endpoint?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName
            ?? $"{context.Request.Method} {(endpoint as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value}";
        var record = new AuditRecord(
            clock.GetUtcNow().UtcDateTime,
            authenticated ? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.Identity!.Name ?? "unknown" : "anonymous",
            authenticated ? Truncate(user.Identity!.Name, 200) : null,
            authenticated ? user.FindFirstValue(ClientClaims.ClientKind) ?? AdminKindOf(user) : null,
            Truncate(action, 200)!,
            context.Request.Method,
            Truncate(context.Request.Path.Value ?? "/", 500)!,
            context.Response.StatusCode,
            CorrelationContext.CurrentId ?? context.TraceIdentifier,
            details);
        try
        {
            // Not the request's token: an aborted client must not erase the trace of what it did.
            await audit.AppendAsync(record, CancellationToken.None);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Could not append the audit record of {Method} {Path} ({StatusCode})",
                record.Method, record.Path, record.StatusCode);
        }
    }

    // The admin cookie carries the admin scope but no client kind.
    private static string? AdminKindOf(ClaimsPrincipal user) => user.HasClaim("scope", "admin") ? "admin" : null;

    private static string? Truncate(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}

/// <summary>Adds <see cref="AuditMiddleware"/>.</summary>
public static class AuditMiddlewareExtensions
{
    /// <summary>Audits writes; place it outside the exception handler so the recorded status is the final one.</summary>
    public static IApplicationBuilder UseAuditLog(this IApplicationBuilder app) => app.UseMiddleware<AuditMiddleware>();
}
