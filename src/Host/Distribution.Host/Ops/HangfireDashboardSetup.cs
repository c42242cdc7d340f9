using Distribution.BuildingBlocks.Infrastructure.Web;
using Hangfire;
using Hangfire.Dashboard;

namespace Distribution.Host.Ops;

/// <summary>
/// The Hangfire dashboard at <c>/hangfire</c> for signed-in admins only — not Hangfire's default of "any local
/// request", which would open it to anyone on the server or behind a local reverse proxy.
/// </summary>
internal static class HangfireDashboardSetup
{
    public static void MapHubHangfireDashboard(this WebApplication app)
    {
        // Send a browser that is not signed in to the sign-in page instead of a bare 401.
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/hangfire") && !IsAdmin(context))
            {
                context.Response.Redirect($"/ops/sign-in?returnUrl={Uri.EscapeDataString(context.Request.Path + context.Request.QueryString)}");
                return;
            }

            await next(context);
        });
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new AdminOnlyDashboardFilter()],
            DashboardTitle = "Distribution Hub jobs",
            AppPath = "/ops",
        });
    }

    private static bool IsAdmin(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true && context.User.HasClaim(Scopes.ClaimType, Scopes.Admin);

    private sealed class AdminOnlyDashboardFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => IsAdmin(context.GetHttpContext());
    }
}
