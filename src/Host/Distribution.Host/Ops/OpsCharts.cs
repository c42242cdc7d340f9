using System.Globalization;
using System.Text;
using Distribution.Modules.Integration.Application.Messages.GetMessageStatistics;

namespace Distribution.Host.Ops;

/// <summary>Inline SVG charts: rendered on the server, so the dashboard needs no script and no CDN.</summary>
internal static class OpsCharts
{
    private const int Width = 720;
    private const int Height = 160;
    private const int Bottom = 20;

    /// <summary>Stacked bars per hour: sent (blue), waiting (amber), dead-lettered (red).</summary>
    public static string HourlyBars(IReadOnlyList<HourlyMessageCount> hours)
    {
        ArgumentNullException.ThrowIfNull(hours);
        var max = Math.Max(1, hours.Max(h => h.Sent + h.Waiting + h.DeadLettered));
        var barWidth = (double)Width / Math.Max(1, hours.Count);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg role=\"img\" aria-label=\"Messages per hour, last 24 hours\" width=\"{Width}\" height=\"{Height + Bottom}\" viewBox=\"0 0 {Width} {Height + Bottom}\">");
        for (var i = 0; i < hours.Count; i++)
        {
            var hour = hours[i];
            var x = i * barWidth;
            var y = (double)Height;
            foreach (var (count, colour) in new[] { (hour.Sent, "#0969da"), (hour.Waiting, "#bf8700"), (hour.DeadLettered, "#cf222e") })
            {
                var h = count * (Height - 10.0) / max;
                y -= h;
                if (count > 0)
                {
                    svg.Append(CultureInfo.InvariantCulture,
                        $"<rect x=\"{x + 1:0.#}\" y=\"{y:0.#}\" width=\"{barWidth - 2:0.#}\" height=\"{h:0.#}\" fill=\"{colour}\"><title>{hour.Hour:HH}:00 — {count}</title></rect>");
                }
            }

            if (i % 3 == 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"axis\" x=\"{x + 2:0.#}\" y=\"{Height + 14}\">{hour.Hour:HH}:00</text>");
            }
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"axis\" x=\"{Width - 4}\" y=\"12\" text-anchor=\"end\">max {max}/h</text></svg>");
        return svg.ToString();
    }
}
