using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Distribution.Host.Ops;

/// <summary>
/// The body of <c>/health/ready</c>: the overall status and each check by name (database per module, job storage,
/// outbox lag), so a monitor or an operator sees which dependency is not ready. No exception details or check data:
/// the endpoint is anonymous. An unhealthy answer (503) carries <c>Retry-After</c>.
/// </summary>
internal static class HealthResponseWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        if (report.Status == HealthStatus.Unhealthy)
        {
            context.Response.Headers.RetryAfter = "10";
        }

        var body = new HealthReportDto(
            report.Status.ToString(),
            Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            report.Entries.OrderBy(e => e.Key, StringComparer.Ordinal)
                .Select(e => new HealthCheckDto(e.Key, e.Value.Status.ToString(), e.Value.Description,
                    Math.Round(e.Value.Duration.TotalMilliseconds, 1)))
                .ToList());
        return context.Response.WriteAsJsonAsync(body, Json, context.RequestAborted);
    }
}

/// <summary>Readiness of the hub.</summary>
/// <param name="Status">Healthy, Degraded or Unhealthy.</param>
/// <param name="DurationMs">Time the checks took.</param>
/// <param name="Checks">Each check.</param>
internal sealed record HealthReportDto(string Status, double DurationMs, IReadOnlyList<HealthCheckDto> Checks);

/// <summary>One readiness check.</summary>
/// <param name="Name">database-&lt;module&gt;, job-storage or outbox-lag.</param>
/// <param name="Status">Healthy, Degraded or Unhealthy.</param>
/// <param name="Description">What the check saw.</param>
/// <param name="DurationMs">Time it took.</param>
internal sealed record HealthCheckDto(string Name, string Status, string? Description, double DurationMs);
