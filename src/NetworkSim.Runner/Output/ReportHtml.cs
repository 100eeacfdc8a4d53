using System.Globalization;
using System.Net;
using System.Text;
using NetworkSim.Runner.Running;

namespace NetworkSim.Runner.Output;

/// <summary><c>report.html</c>: the plots with the key figures and the run's provenance, readable offline.</summary>
public static class ReportHtml
{
    public const string FileName = "report.html";

    public static string Write(ScenarioResults results, Provenance provenance, IReadOnlyList<PracticeSummary> practices, IReadOnlyList<string> plots)
    {
        var s = results.Scenario;
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(E(s.Name)).Append(" — NetworkSim</title><style>")
            .Append("body{font-family:system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222}")
            .Append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}")
            .Append("th:first-child,td:first-child{text-align:left}img{max-width:100%;border:1px solid #eee;margin:.5em 0}")
            .Append(".meta{color:#666;font-size:.9em}.warn{background:#fff4d6;border-left:4px solid #e0a000;padding:.4em .8em}</style></head><body>");
        html.Append("<h1>").Append(E(s.Name)).Append("</h1>");
        if (s.Description.Length > 0)
        {
            html.Append("<p>").Append(E(s.Description)).Append("</p>");
        }

        html.Append("<p class=\"meta\">")
            .Append(F(s.Network.SchoolCount)).Append(" schools, ").Append(F(s.Network.ParticipantCount)).Append(" participants (")
            .Append(F(s.Network.TeamMembers)).Append(" in the network), ")
            .Append(F(s.Ticks)).Append(" ticks (weeks), ").Append(F(s.Replicates)).Append(" replicates, seed ").Append(s.Seed)
            .Append(".</p>");
        html.Append("<h2>Key figures</h2><table><tr><th>practice</th><th>final adoption (mean, 95 % CI)</th><th>in the network</th><th>back home</th><th>schools institutionalised</th>");
        foreach (var level in ResultsSummary.Levels)
        {
            html.Append("<th>ticks to ").Append(F(level * 100)).Append(" %</th>");
        }

        html.Append("</tr>");
        foreach (var p in practices)
        {
            html.Append("<tr><td>").Append(E(p.Name)).Append("</td><td>")
                .Append(WithInterval(p.FinalAdoption)).Append(p.AtEnd.StillRising ? "<br>still rising" : "").Append("</td><td>")
                .Append(WithInterval(p.FinalInNetwork)).Append("</td><td>").Append(WithInterval(p.FinalBackHome)).Append("</td><td>")
                .Append(p.SchoolsInstitutionalised is { } schools ? schools.Mean.ToString("0.#", CultureInfo.InvariantCulture) : "—").Append("</td>");
            foreach (var t in p.TimeTo)
            {
                html.Append("<td>").Append(t.Median is { } m ? $"{F(m)} ({t.Reached}/{t.Replicates})" : $"not reached (0/{t.Replicates})").Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</table><p class=\"meta\">95 % CI: ").Append(E(Model.Metrics.Statistics.BootstrapMethod))
            .Append("; it stays inside 0–100 %. The bands in the plots are the 2.5–97.5 % range of the replicates themselves.</p>");
        foreach (var p in practices.Where(p => p.AtEnd.StillRising))
        {
            // The "final" figures are where the run stopped, not where adoption settles: say so next to the curve.
            html.Append("<p class=\"warn\"><strong>").Append(E(p.Name)).Append(": ").Append(E(p.AtEnd.Describe())).Append("</strong></p>");
        }

        foreach (var plot in plots)
        {
            html.Append("<img src=\"").Append(E(plot)).Append("\" alt=\"").Append(E(plot)).Append("\">");
        }

        html.Append("<h2>Provenance</h2><p class=\"meta\">").Append(E(provenance.Program)).Append(' ').Append(E(provenance.Version))
            .Append(", commit ").Append(E(provenance.Commit)).Append(", ").Append(E(provenance.Runtime)).Append(", ")
            .Append(provenance.Cores).Append(" cores, ran in ").Append(results.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture))
            .Append(" s.<br>Command: <code>").Append(E(provenance.Command)).Append("</code><br>The resolved scenario, every default filled in, is in <a href=\"summary.json\">summary.json</a>; the data in <a href=\"timeseries.csv\">timeseries.csv</a>.</p>");
        html.Append("</body></html>\n");
        return html.ToString();
    }

    private static string WithInterval(Interval interval) =>
        $"{Pct(interval.Mean)} ({Pct(interval.Ci95Low)}–{Pct(interval.Ci95High)})";

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Pct(double value) => (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
