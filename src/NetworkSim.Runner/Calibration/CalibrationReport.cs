using System.Globalization;
using System.Net;
using System.Text;
using NetworkSim.Analysis.Calibration;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Sweeps;

namespace NetworkSim.Runner.Calibration;

/// <summary>A calibration's <c>report.html</c>: the posterior in a table and in words, identifiability, the generations, the distance, the plots and provenance.</summary>
internal static class CalibrationReport
{
    public const string FileName = "report.html";

    public static string Html(CalibrationDefinition definition, CalibrationOutcome outcome, PosteriorSummary posterior, IReadOnlyList<SweepPlot> plots, Provenance provenance)
    {
        var state = outcome.State;
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E(definition.Scenario.Name)).Append(" — NetworkSim calibration</title>")
            .Append("<style>body{font-family:system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222}table{border-collapse:collapse;margin:1em 0}")
            .Append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}th:first-child,td:first-child{text-align:left}img{max-width:100%;border:1px solid #eee;margin:.5em 0}.meta{color:#666;font-size:.9em}.note{background:#fff4e0;padding:.5em 1em}</style></head><body>");
        html.Append("<h1>Calibration: ").Append(E(definition.Scenario.Name)).Append("</h1>");
        html.Append("<h2>Calibrated to what the network observed</h2><p>Scenario <code>").Append(E(Path.GetFileName(definition.ScenarioPath))).Append("</code> fitted to <code>")
            .Append(E(definition.Observed.File)).Append("</code> (").Append(definition.Observed.Points.Count).Append(" observations of ")
            .Append(E(string.Join(", ", definition.Observed.Columns.Select(c => c.Name)))).Append(" at ticks ")
            .Append(E(string.Join(", ", definition.Observed.Points.Select(p => p.Tick).Distinct().Order()))).Append(") by approximate Bayesian computation with sequential Monte Carlo: ")
            .Append(definition.Settings.Particles).Append(" particles, ").Append(state.History.Count).Append(" generations, ").Append(N(state.RunsUsed)).Append(" simulations, seed ")
            .Append(definition.Settings.Seed).Append(". It stopped: ").Append(E(state.StopReason ?? "")).Append(".</p>");
        html.Append("<table><tr><th>parameter</th><th>prior</th><th>posterior median</th><th>95 % credible interval</th><th>mean</th></tr>");
        for (var i = 0; i < posterior.Parameters.Count; i++)
        {
            var p = posterior.Parameters[i];
            html.Append("<tr><td>").Append(E(p.Name)).Append("</td><td>").Append(E(definition.Keys[i].Prior.ToString())).Append("</td><td>").Append(V(p.Median)).Append("</td><td>")
                .Append(V(p.Credible95.Low)).Append(" to ").Append(V(p.Credible95.High)).Append("</td><td>").Append(V(p.Mean)).Append("</td></tr>");
        }

        html.Append("</table><p>The parameter lies within its credible interval with 95 % probability, given the model, the prior and the tolerance reached. Effective sample size of the last population: ")
            .Append(posterior.EffectiveSampleSize.ToString("0", CultureInfo.InvariantCulture)).Append(" of ").Append(definition.Settings.Particles)
            .Append(" particles. <code>calibrated.yaml</code> is the scenario with the medians; <code>posterior-worlds.csv</code> holds ").Append(definition.Worlds)
            .Append(" equally weighted draws for <code>networksim compare --worlds-file</code>.</p>");
        html.Append("<h2>Identifiability</h2>");
        if (posterior.IdentifiabilityNotes.Count == 0)
        {
            html.Append("<p>No two fitted parameters correlate beyond |r| = 0.8 in the posterior: the data inform each separately.</p>");
        }

        foreach (var note in posterior.IdentifiabilityNotes)
        {
            html.Append("<p class=\"note\">").Append(E(note)).Append("</p>");
        }

        html.Append("<h2>Generations</h2><table><tr><th>generation</th><th>tolerance</th><th>simulations</th><th>acceptance rate</th><th>effective sample size</th></tr>");
        foreach (var g in state.History)
        {
            html.Append("<tr><td>").Append(g.Generation).Append("</td><td>").Append(double.IsFinite(g.Tolerance) ? V(g.Tolerance) : "none (prior)").Append("</td><td>")
                .Append(N(g.Proposals)).Append("</td><td>").Append((g.AcceptanceRate * 100).ToString("0.#", CultureInfo.InvariantCulture)).Append(" %</td><td>")
                .Append(g.EffectiveSampleSize.ToString("0", CultureInfo.InvariantCulture)).Append("</td></tr>");
        }

        html.Append("</table><p class=\"meta\">Distance: ").Append(E(outcome.Scales.Describe())).Append(".</p>");
        foreach (var plot in plots)
        {
            html.Append("<figure><img src=\"").Append(E(plot.File)).Append("\" alt=\"").Append(E(plot.File)).Append("\"><figcaption>").Append(E(plot.Caption)).Append("</figcaption></figure>");
        }

        html.Append("<h2>Provenance</h2><p class=\"meta\">").Append(E(provenance.Program)).Append(' ').Append(E(provenance.Version)).Append(", commit ")
            .Append(E(provenance.Commit)).Append(", ").Append(E(provenance.Runtime)).Append(", ").Append(provenance.Cores).Append(" cores.<br>Command: <code>")
            .Append(E(provenance.Command)).Append("</code><br>The data: <a href=\"posterior.csv\">posterior.csv</a>, <a href=\"posterior-worlds.csv\">posterior-worlds.csv</a>, ")
            .Append("<a href=\"posterior-predictive.csv\">posterior-predictive.csv</a>; the figures and settings: <a href=\"calibration.json\">calibration.json</a>.</p></body></html>\n");
        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string V(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
