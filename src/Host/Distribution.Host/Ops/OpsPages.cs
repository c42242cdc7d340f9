using System.Globalization;
using System.Text;
using Distribution.BuildingBlocks.Application.Paging;
using Distribution.Modules.Integration.Application.Exceptions;
using Distribution.Modules.Integration.Application.Messages.GetMessageStatistics;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Distribution.Host.Ops;

/// <summary>Server-rendered HTML of the admin pages: no build step, no script, every value HTML-encoded.</summary>
internal static class OpsPages
{
    private const string Style = """
        <style>
          body{font-family:system-ui,sans-serif;margin:2rem;color:#1d2733;background:#f6f8fa}
          h1{font-size:1.4rem} .card{background:#fff;border:1px solid #d8dee4;border-radius:8px;padding:1rem;margin:.6rem 0}
          .ok{color:#1a7f37} .warn{color:#9a6700} .bad{color:#cf222e} nav a{margin-right:1rem}
          input{padding:.5rem;width:28rem;max-width:100%} button{padding:.5rem 1rem}
          .bar{fill:#0969da} .axis{font-size:11px;fill:#57606a}
        </style>
        """;

    public static string SignIn(string? returnUrl, string? error) => $"""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in · Distribution Hub</title>{Style}</head>
        <body><h1>Distribution Integration Hub — admin sign-in</h1>
        <div class="card"><form method="post" action="/ops/sign-in">
          <p>Paste the admin API key (printed in the log at first start, or from <code>Security:BootstrapAdminApiKey</code>).</p>
          <input type="password" name="apiKey" autocomplete="off" required aria-label="Admin API key">
          <input type="hidden" name="returnUrl" value="{OpsEndpoints.Encode(returnUrl ?? "/ops")}">
          <button type="submit">Sign in</button>
          {(error is null ? string.Empty : $"<p class=\"bad\" role=\"alert\">{OpsEndpoints.Encode(error)}</p>")}
        </form></div></body></html>
        """;

    /// <summary>How many open exceptions the dashboard lists (newest first).</summary>
    public const int ExceptionsShown = 10;

    public static string Dashboard(
        string userName, HealthReport report, MessageStatisticsDto statistics, CursorPage<ExceptionDto> exceptions, DateTime nowUtc)
    {
        var checks = new StringBuilder();
        foreach (var (name, entry) in report.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            checks.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{OpsEndpoints.Encode(name)}</td><td class=\"{OpsEndpoints.StatusClass(entry.Status)}\">{entry.Status}</td>"
                + $"<td>{OpsEndpoints.Encode(entry.Description)}</td><td>{entry.Duration.TotalMilliseconds:0} ms</td></tr>");
        }

        return $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Operations · Distribution Hub</title>{Style}</head>
            <body><h1>Operations</h1>
            <nav><a href="/hangfire">Hangfire dashboard</a><a href="/swagger">Swagger</a><a href="/health/ready">/health/ready</a>
            <form method="post" action="/ops/sign-out" style="display:inline"><button type="submit">Sign out {OpsEndpoints.Encode(userName)}</button></form></nav>
            <div class="card"><h2>Readiness: <span class="{OpsEndpoints.StatusClass(report.Status)}">{report.Status}</span></h2>
            <table><thead><tr><th>Check</th><th>Status</th><th>Detail</th><th>Took</th></tr></thead><tbody>{checks}</tbody></table></div>
            <div class="card"><h2>Outbound messages</h2>
            <p>{StatusSummary(statistics)} · backlog age: {BacklogAge(statistics, nowUtc)}</p>
            {OpsCharts.HourlyBars(statistics.Hourly)}
            <p>Details: <code>GET /api/v1/messages?correlationId=…</code>, <code>GET /api/v1/dead-letters</code>,
            <code>POST /api/v1/dead-letters/replay</code>.</p></div>
            <div class="card"><h2>Exceptions queue (open)</h2>{ExceptionTable(exceptions)}
            <p>Details and resolving: <code>GET /api/v1/exceptions?status=open</code>, <code>POST /api/v1/exceptions/:id/resolve</code>;
            EDI files: <code>GET /api/v1/edi/messages</code>.</p></div>
            </body></html>
            """;
    }

    private static string ExceptionTable(CursorPage<ExceptionDto> exceptions)
    {
        if (exceptions.Items.Count == 0)
        {
            return "<p class=\"ok\">Nothing needs attention.</p>";
        }

        var rows = new StringBuilder();
        foreach (var e in exceptions.Items)
        {
            rows.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{e.LastOccurredAt:yyyy-MM-dd HH:mm} UTC</td><td>{OpsEndpoints.Encode(e.Kind)}</td><td>{OpsEndpoints.Encode(e.PartnerId)}</td>"
                + $"<td>{OpsEndpoints.Encode(e.Message)}</td><td>{e.Occurrences}</td></tr>");
        }

        var more = exceptions.NextCursor is null ? "" : $"<p>Showing the newest {ExceptionsShown}; more are open.</p>";
        return $"<table><thead><tr><th>Last seen</th><th>Kind</th><th>Partner</th><th>What</th><th>Times</th></tr></thead><tbody>{rows}</tbody></table>{more}";
    }

    private static string StatusSummary(MessageStatisticsDto statistics) => statistics.ByStatus.Count == 0
        ? "no messages yet"
        : string.Join(", ", statistics.ByStatus.OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => $"{OpsEndpoints.Encode(s.Key)}: {s.Value.ToString(CultureInfo.InvariantCulture)}"));

    private static string BacklogAge(MessageStatisticsDto statistics, DateTime nowUtc) => statistics.OldestDueAt is { } oldest
        ? $"{(nowUtc - oldest).TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s"
        : "none waiting";
}
