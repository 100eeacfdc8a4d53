using System.Globalization;
using System.Net;
using System.Text;
using NetworkSim.Model.Metrics;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Output;

namespace NetworkSim.Runner.Sweeps;

/// <summary>A sweep's <c>report.html</c>: what was swept, the best and worst points, the plots and provenance.</summary>
internal static class SweepReport
{
    public static string Html(SweepDefinition sweep, Scenario baseScenario, SweepTable table, IReadOnlyList<SweepPlot> plots, Provenance provenance)
    {
        var outcome = $"{baseScenario.Practices[0].Name}.final_adoption";
        var y = table.Outcome(outcome);
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E(sweep.Name)).Append(" — NetworkSim sweep</title>")
            .Append("<style>body{font-family:system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222}table{border-collapse:collapse;margin:1em 0}")
            .Append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}th:first-child,td:first-child{text-align:left}img{max-width:100%;border:1px solid #eee;margin:.5em 0}.meta{color:#666;font-size:.9em}</style></head><body>");
        html.Append("<h1>Sweep: ").Append(E(sweep.Name)).Append("</h1><p>Base scenario <code>").Append(E(Path.GetFileName(sweep.BasePath))).Append("</code>")
            .Append(baseScenario.Description.Length > 0 ? $" ({E(baseScenario.Description)})" : "").Append(". Design ")
            .Append(E(Scenarios.YamlSection.EnumKey(sweep.Design.ToString()))).Append(" over ").Append(E(string.Join(", ", sweep.Keys))).Append(": ")
            .Append(sweep.Points.Count).Append(" points x ").Append(sweep.Replicates).Append(" replicates = ").Append(sweep.Runs).Append(" runs, ")
            .Append(baseScenario.Ticks).Append(" ticks each. Replicate r has the same seed at every point (common random numbers), so differences between points are not noise between seeds.</p>");
        html.Append("<h2>Points by mean ").Append(E(outcome)).Append("</h2><table><tr><th>point</th>");
        foreach (var key in table.Keys)
        {
            html.Append("<th>").Append(E(key)).Append("</th>");
        }

        html.Append("<th>mean (95 % CI)</th><th>paired difference from point 0 (95 % CI)</th><th>ahead of point 0</th></tr>");
        var points = Enumerable.Range(0, y.Length).GroupBy(i => table.Points[i])
            .Select(g => (Point: g.Key, Row: g.First(), Values: g.Select(i => y[i]).Where(v => !double.IsNaN(v)).ToArray()))
            .Where(p => p.Values.Length > 0)
            .OrderByDescending(p => p.Values.Average())
            .ToList();
        var shown = points.Count <= 12 ? points : [.. points.Take(6), .. points.TakeLast(6)];
        foreach (var p in shown)
        {
            var (_, low, high, _) = table.Mean(outcome, p.Point);
            html.Append("<tr><td>").Append(p.Point).Append("</td>");
            foreach (var value in table.Values[p.Row])
            {
                html.Append("<td>").Append(value.Length == 0 ? "(base)" : E(value)).Append("</td>");
            }

            html.Append("<td>").Append(Pct(p.Values.Average())).Append(" (").Append(Pct(low)).Append("–").Append(Pct(high)).Append(")</td>");
            var d = table.Paired(outcome, sweep.Points[0].Index, p.Point);
            html.Append(p.Point == sweep.Points[0].Index || d.Pairs == 0 ? "<td></td><td></td>" : $"<td>{Points(d.Mean)} ({Points(d.Low)} to {Points(d.High)})</td><td>{(d.ShareAhead * d.Pairs).ToString("0.#", CultureInfo.InvariantCulture)} of {d.Pairs}</td>").Append("</tr>");
        }

        html.Append("</table><p class=\"meta\">").Append(points.Count > 12 ? "The six highest and six lowest points; every run is in runs.csv. " : "")
            .Append("95 % CI: ").Append(E(Statistics.BootstrapMethod)).Append(". Differences are in percentage points, replicate by replicate on the same seeds; \"ahead\" counts the replicates in which the point came out higher (ties count half).</p>");
        foreach (var plot in plots)
        {
            html.Append("<figure><img src=\"").Append(E(plot.File)).Append("\" alt=\"").Append(E(plot.File)).Append("\"><figcaption>").Append(E(plot.Caption)).Append("</figcaption></figure>");
        }

        html.Append("<h2>Provenance</h2><p class=\"meta\">").Append(E(provenance.Program)).Append(' ').Append(E(provenance.Version)).Append(", commit ")
            .Append(E(provenance.Commit)).Append(", ").Append(E(provenance.Runtime)).Append(", ").Append(provenance.Cores).Append(" cores.<br>Command: <code>")
            .Append(E(provenance.Command)).Append("</code><br>The data: <a href=\"runs.csv\">runs.csv</a>")
            .Append(sweep.Timeseries ? ", <a href=\"timeseries.csv\">timeseries.csv</a>" : "")
            .Append("; the sweep, seeds and resolved base scenario: <a href=\"sweep.json\">sweep.json</a>.</p></body></html>\n");
        return html.ToString();
    }

    private static string Points(double value) => (value * 100).ToString("+0.0;−0.0;0", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Pct(double value) => (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
