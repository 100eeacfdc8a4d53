using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Output;

namespace NetworkSim.Runner.Sensitivity;

/// <summary>
/// A global sensitivity analysis's files: runs.csv (every point), <c>morris.csv</c> or <c>sobol.csv</c> (the indices),
/// <c>morris.md</c> or <c>sobol.md</c> (a table per outcome), a bar plot per outcome, sensitivity.json and report.html.
/// </summary>
public static class GlobalOutputs
{
    public const string JsonName = "sensitivity.json";

    /// <summary>How the indices and their intervals are computed, in words, for the files and the report.</summary>
    public static string Method(GlobalMethod method) => method == GlobalMethod.Morris
        ? "Morris elementary effects (Morris 1991) on Campolongo's improved design (2007: the most spread-out trajectories of 4 times as many candidates, at most 200; 4 levels, step 2/3 of a range); " +
          "an effect is the change in the outcome over one step divided by the step, in units of the parameter's range. μ* is the mean absolute effect, with a bootstrap percentile 95 % interval over trajectories (1,000 resamples); μ the mean effect; σ the standard deviation of the effects."
        : "Sobol' indices on Saltelli's design (2010: N(k + 2) runs from a Sobol' sequence, Joe & Kuo direction numbers); first-order S1 by Saltelli et al. (2010), total ST by Jansen (1999), each with a bootstrap percentile 95 % interval over the N rows (1,000 resamples).";

    public static void Write(GlobalSensitivity design, Scenario scenario, string scenarioFile, IReadOnlyList<KeyValuePair<string, double>> fixedValues, int replicates,
        double[][] outputs, IReadOnlyList<GlobalIndices> results, ResultsFolder folder, Provenance provenance, TimeSpan elapsed)
    {
        var name = design.Method == GlobalMethod.Morris ? "morris" : "sobol";
        var samples = design.Morris?.Trajectories.Count ?? design.Sobol!.BaseSamples;
        var heading = $"## {(design.Method == GlobalMethod.Morris ? "Morris" : "Sobol'")} on {scenario.Name}: {design.Parameters.Count} parameters, " +
            $"{(design.Method == GlobalMethod.Morris ? $"{samples} trajectories" : $"N = {samples}")}, {design.Points:N0} points x {replicates} replicate{(replicates == 1 ? "" : "s")}, seed {scenario.Seed}";
        folder.WriteText("runs.csv", GlobalTables.Runs(design, outputs));
        folder.WriteText($"{name}.csv", GlobalTables.Indices(results));
        var markdown = GlobalTables.Markdown(results, heading);
        folder.WriteText($"{name}.md", markdown);
        var plots = GlobalPlots.Write(results, folder);
        var json = new JsonObject
        {
            ["provenance"] = JsonSerializer.SerializeToNode(provenance, ScenarioJson.Options),
            ["method"] = name,
            ["method_description"] = Method(design.Method),
            ["scenario"] = scenarioFile,
            ["seed"] = SeedJson.Of(scenario.Seed),
            ["samples"] = samples,
            ["points"] = design.Points,
            ["replicates"] = replicates,
            ["runs"] = (long)design.Points * replicates,
            ["common_random_numbers"] = "each point's outcome is the mean over its replicates; replicate r has the same seed at every point",
            ["engine"] = "the in-process reference Simulation, which the grains match byte for byte",
            ["elapsed_seconds"] = Math.Round(elapsed.TotalSeconds, 1),
            ["parameters"] = new JsonArray([.. design.Parameters.Select(p => (JsonNode)new JsonObject { ["key"] = p.Key, ["low"] = p.Low, ["high"] = p.High, ["whole_numbers"] = p.Integer })]),
            ["fixed"] = new JsonObject(fixedValues.Select(f => KeyValuePair.Create(f.Key, (JsonNode?)JsonValue.Create(f.Value)))),
            ["units"] = "final_in_network and final_back_home are shares from 0 to 1 (Morris effects in shares per range: 0.05 is 5 percentage points); ticks_to_50_in_network in weeks; Sobol' indices are shares of the outcome's variance.",
            ["results"] = new JsonArray([.. results.Select(r => (JsonNode)new JsonObject
            {
                ["outcome"] = r.Outcome,
                ["meaning"] = r.Meaning,
                ["indices"] = r.Morris is { } m
                    ? new JsonArray([.. m.Select(x => (JsonNode)new JsonObject { ["parameter"] = x.Name, ["mu"] = R(x.Mu), ["mu_star"] = R(x.MuStar), ["mu_star_ci95"] = new JsonArray(R(x.MuStarInterval.Low), R(x.MuStarInterval.High)), ["sigma"] = R(x.Sigma) })])
                    : new JsonArray([.. r.Sobol!.Select(x => (JsonNode)new JsonObject { ["parameter"] = x.Name, ["s1"] = R(x.First), ["s1_ci95"] = new JsonArray(R(x.FirstInterval.Low), R(x.FirstInterval.High)), ["st"] = R(x.Total), ["st_ci95"] = new JsonArray(R(x.TotalInterval.Low), R(x.TotalInterval.High)) })]),
            })]),
        };
        folder.WriteText(JsonName, json.ToJsonString(ScenarioJson.Options));
        folder.WriteText(ReportHtml.FileName, Report(heading, design.Method, markdown, plots, provenance));
    }

    private static string Report(string heading, GlobalMethod method, string markdown, IReadOnlyList<Sweeps.SweepPlot> plots, Provenance provenance)
    {
        var html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Global sensitivity — NetworkSim</title>")
            .Append("<style>body{font-family:system-ui,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#222}pre{white-space:pre-wrap;font-size:.85em}img{max-width:100%;border:1px solid #eee;margin:.5em 0}.meta{color:#666;font-size:.9em}</style></head><body>")
            .Append("<h1>").Append(E(heading.TrimStart('#', ' '))).Append("</h1><p class=\"meta\">").Append(E(Method(method)))
            .Append(" How to read them: docs/uncertainty.md in the repository.</p>");
        foreach (var plot in plots)
        {
            html.Append("<figure><img src=\"").Append(E(plot.File)).Append("\" alt=\"").Append(E(plot.File)).Append("\"><figcaption>").Append(E(plot.Caption)).Append("</figcaption></figure>");
        }

        html.Append("<h2>Tables</h2><pre>").Append(E(markdown)).Append("</pre><h2>Provenance</h2><p class=\"meta\">").Append(E(provenance.Program)).Append(' ').Append(E(provenance.Version))
            .Append(", commit ").Append(E(provenance.Commit)).Append(", ").Append(provenance.Cores.ToString(CultureInfo.InvariantCulture)).Append(" cores. Command: <code>").Append(E(provenance.Command)).Append("</code></p></body></html>\n");
        return html.ToString();
    }

    private static double? R(double value) => double.IsFinite(value) ? Math.Round(value, 6) : null;

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
