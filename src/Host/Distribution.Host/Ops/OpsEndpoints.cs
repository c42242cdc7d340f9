using System.Net;
using System.Security.Claims;
using Distribution.BuildingBlocks.Infrastructure.Web;
using Distribution.Host.Setup;
using Distribution.Modules.Integration.Application.Exceptions.ListExceptions;
using Distribution.Modules.Integration.Application.Messages.GetMessageStatistics;
using Distribution.Modules.Partners.Application.ApiClients.AuthenticateApiKey;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Distribution.Host.Ops;

/// <summary>
/// The admin pages: sign in with the admin API key (exchanged for an HTTP-only cookie), the operations dashboard at
/// <c>/ops</c>, sign out. A partner's key never opens them.
/// </summary>
internal static class OpsEndpoints
{
    public static void MapOps(this WebApplication app)
    {
        var ops = app.MapGroup("/ops").ExcludeFromDescription();
        ops.MapGet("/sign-in", (string? returnUrl, string? error) => TypedResults.Content(OpsPages.SignIn(returnUrl, error), "text/html"));
        ops.MapPost("/sign-in", SignInAsync).DisableAntiforgery();
        ops.MapPost("/sign-out", async (HttpContext context) =>
        {
            await context.SignOutAsync(SecuritySetup.AdminCookieScheme);
            return TypedResults.Redirect("/ops/sign-in");
        }).DisableAntiforgery();
        ops.MapGet("/", DashboardAsync).RequireAuthorization(SecuritySetup.AdminPolicy);
    }

    private static async Task<Results<RedirectHttpResult, ContentHttpResult>> SignInAsync(HttpContext context, ISender sender)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var returnUrl = LocalOnly(form["returnUrl"].ToString());
        var identity = await sender.Send(new AuthenticateApiKeyQuery(form["apiKey"].ToString()), context.RequestAborted);
        if (identity is null || !identity.Scopes.Contains(Scopes.Admin))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return TypedResults.Content(OpsPages.SignIn(returnUrl, "That is not an admin API key."), "text/html");
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, identity.ClientId.ToString()),
                new Claim(ClaimTypes.Name, identity.Name),
                new Claim(Scopes.ClaimType, Scopes.Admin),
            ],
            SecuritySetup.AdminCookieScheme));
        await context.SignInAsync(SecuritySetup.AdminCookieScheme, principal);
        return TypedResults.Redirect(returnUrl);
    }

    private static async Task<ContentHttpResult> DashboardAsync(
        HealthCheckService health, ISender sender, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var report = await health.CheckHealthAsync(r => r.Tags.Contains("ready"), cancellationToken);
        var statistics = await sender.Send(new GetMessageStatisticsQuery(), cancellationToken);
        var exceptions = await sender.Send(new ListExceptionsQuery("open", null, null, null, OpsPages.ExceptionsShown), cancellationToken);
        return TypedResults.Content(
            OpsPages.Dashboard(user.Identity?.Name ?? "admin", report, statistics, exceptions, clock.GetUtcNow().UtcDateTime), "text/html");
    }

    // Only same-site paths: an open redirect after sign-in would hand the cookie's trust to another site.
    private static string LocalOnly(string returnUrl) =>
        returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/ops";

    internal static string Encode(string? value) => WebUtility.HtmlEncode(value ?? string.Empty);

    internal static string StatusClass(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "ok",
        HealthStatus.Degraded => "warn",
        _ => "bad",
    };

    internal static HealthCheckOptions ReadyOptions => new()
    {
        Predicate = r => r.Tags.Contains("ready"),
        ResponseWriter = HealthResponseWriter.WriteAsync,
    };
}
