using System.Globalization;
using System.Net;
using System.Text;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Sweeps;

namespace NetworkSim.Runner.Worlds;

/// <summary>
/// The report of a comparison across worlds: the question, the answer in one sentence, the section "Across the
/// plausible worlds" (per outcome and design: best share with its interval, mean, P5, P95, regret), where the ranking
/// flips (PRIM boxes), how to read it, the plots and provenance.
/// </summary>
internal static class WorldsReport
{
    public static string Html(WorldsDefinition definition, WorldsResult result, IReadOnlyList<SweepPlot> plots, Provenance provenance, TimeSpan elapsed)
    {
        var currency = definition.Designs.FirstOrDefault(d => d.Cost is not null)?.Cost!.Currency;
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Designs across plausible worlds — NetworkSim</title>")
            .Append("<style>body{font-family:system-ui,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#222}table{border-collapse:collapse;margin:1em 0}")
            .Append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}th:first-child,td:first-child{text-align:left}img{max-width:100%;border:1px solid #eee;margin:.5em 0}")
            .Append(".meta{color:#666;font-size:.9em}.answer{font-size:1.1em}</style></head><body>");
        html.Append("<h1>Which design should we fund, across the worlds the model cannot rule out?</h1>");
        html.Append("<h2>The question</h2><p>Which of these ").Append(definition.Designs.Count).Append(" designs does better, not for one guess at how people respond, but across ")
            .Append(definition.Worlds.Count).Append(" plausible worlds: ").Append(E(definition.Source)).Append(". Each design ran in each world ").Append(definition.Replicates)
            .Append(" times, replicate <em>r</em> on the same seed in every world and design (common random numbers).</p><ul>");
        foreach (var d in definition.Designs)
        {
            html.Append("<li><strong>").Append(E(d.Name)).Append("</strong>").Append(d.Scenario.Description.Length > 0 ? ": " + E(d.Scenario.Description) : "").Append("</li>");
        }

        html.Append("</ul><h2>The answer</h2><p class=\"answer\"><strong>").Append(E(WorldsText.Answer(definition, result))).Append("</strong></p>");
        html.Append("<h2>Across the plausible worlds</h2><p>Per outcome and design: the share of worlds in which the design is best (95 % Wilson interval; ties split), ")
            .Append("in what share it is better than every other design beyond the replicate noise (the world's paired 95 % interval excludes 0), ")
            .Append("the outcome's mean and its 5th and 95th percentile across worlds, and the regret: the loss against the best design of the same world ")
            .Append("(the worst case and the average). A design with a small maximum regret is a safe choice even where it is rarely the very best.</p>");
        foreach (var o in result.Outcomes.Where(o => o.Designs.Count > 0))
        {
            html.Append("<h3>").Append(E(o.Outcome)).Append("</h3><p class=\"meta\">").Append(E(o.Kind.Meaning)).Append("; ").Append(o.Kind.Goal == Analysis.Robustness.Goal.Maximise ? "more" : "less")
                .Append(" is better.</p><table><tr><th>design</th><th>best in (95 % interval)</th><th>best beyond the replicate noise in</th><th>mean</th><th>5th percentile</th><th>95th percentile</th><th>maximum regret</th><th>mean regret</th></tr>");
            foreach (var (d, i) in o.Designs.Select((d, i) => (d, i)))
            {
                html.Append("<tr><td>").Append(E(d.Design)).Append("</td><td>").Append(WorldsText.Pct(d.BestShare)).Append(" (")
                    .Append(WorldsText.Pct(d.BestShareInterval.Low)).Append(" to ").Append(WorldsText.Pct(d.BestShareInterval.High)).Append(")</td><td>")
                    .Append(o.ClearlyBest is { } c ? WorldsText.Pct(c[i]) : "—").Append("</td><td>")
                    .Append(E(WorldsText.Value(o.Kind, d.Mean, currency))).Append("</td><td>").Append(E(WorldsText.Value(o.Kind, d.P5, currency))).Append("</td><td>")
                    .Append(E(WorldsText.Value(o.Kind, d.P95, currency))).Append("</td><td>").Append(E(WorldsText.Difference(o.Kind, d.MaxRegret, currency))).Append("</td><td>")
                    .Append(E(WorldsText.Difference(o.Kind, d.MeanRegret, currency))).Append("</td></tr>");
            }

            html.Append("</table>");
        }

        html.Append("<h2>Where the ranking flips</h2><p>For each pair of designs, on ").Append(E(result.Headline))
            .Append(": PRIM's boxes (scenario discovery) around the worlds where the usually worse design is better beyond the replicate noise. <em>Coverage</em>: the share of those worlds inside the box; ")
            .Append("<em>density</em>: the share of the box's worlds that are such worlds. A box is stated by its significant limits only (quasi-p-value below 0.05).</p><ul>");
        foreach (var pair in result.Pairs)
        {
            html.Append("<li>").Append(E(pair.Other)).Append(" is better than ").Append(E(pair.Usual)).Append(" in ").Append(pair.OtherBetter).Append(" of ").Append(pair.Worlds).Append(" worlds")
                .Append(pair.OtherClearly is { } k ? $" ({k} beyond the replicate noise)" : "");
            html.Append(pair.OtherBetter == 0 ? "." : pair.Boxes.Count > 0 ? ":<ul>" : pair.Tendency is { } t
                ? $"; in no region with significant limits in most worlds, but more often where {E(WorldsText.Limits(t))}: density {WorldsText.Pct(t.Box.Density)}, coverage {WorldsText.Pct(t.Box.Coverage)}, {t.Box.Points} worlds."
                : "; in no region with significant limits in most worlds.");
            foreach (var box in pair.Boxes)
            {
                html.Append("<li>").Append(E(WorldsText.Limits(box))).Append(": coverage ").Append(WorldsText.Pct(box.Box.Coverage)).Append(", density ").Append(WorldsText.Pct(box.Box.Density))
                    .Append(", ").Append(box.Box.Points).Append(" worlds (quasi-p ").Append(E(string.Join(", ", box.Limits.Select(l => l.QuasiP.ToString("0.###", CultureInfo.InvariantCulture))))).Append(")</li>");
            }

            html.Append(pair.Boxes.Count > 0 ? "</ul></li>" : "</li>");
        }

        html.Append("</ul><p class=\"meta\">").Append(E(WorldsJson.Methods)).Append(" How to read these figures: docs/uncertainty.md in the repository. ")
            .Append("These are results of a model under its assumptions, across the ranges it cannot rule out; not a forecast.</p>");
        foreach (var plot in plots)
        {
            html.Append("<figure><img src=\"").Append(E(plot.File)).Append("\" alt=\"").Append(E(plot.File)).Append("\"><figcaption>").Append(E(plot.Caption)).Append("</figcaption></figure>");
        }

        html.Append("<h2>Provenance</h2><p class=\"meta\">").Append(E(provenance.Program)).Append(' ').Append(E(provenance.Version)).Append(", commit ")
            .Append(E(provenance.Commit)).Append(", ").Append(E(provenance.Runtime)).Append(", ").Append(provenance.Cores).Append(" cores; ")
            .Append(definition.Runs.ToString("N0", CultureInfo.InvariantCulture)).Append(" runs, ").Append(elapsed.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)).Append(" s in the last session.<br>Command: <code>")
            .Append(E(provenance.Command)).Append("</code><br>The data: <a href=\"worlds.csv\">worlds.csv</a> (one row per world and design), <a href=\"runs.csv\">runs.csv</a> (every run); ")
            .Append("the analysis, seeds and worlds: <a href=\"robustness.json\">robustness.json</a>.</p></body></html>\n");
        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
