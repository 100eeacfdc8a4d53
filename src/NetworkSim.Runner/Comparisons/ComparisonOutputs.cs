using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Sweeps;
using static NetworkSim.Runner.Output.CsvFormat;

namespace NetworkSim.Runner.Comparisons;

/// <summary>
/// A comparison's folder: <c>runs.csv</c> (one row per design x replicate), <c>timeseries.csv</c> (the run's tidy
/// rows with the design in front), <c>compare.json</c> (provenance, seeds, every estimate and cost, the resolved
/// designs), <c>curves.png</c>, <c>forest.png</c> and <c>report.html</c>.
/// </summary>
public static class ComparisonOutputs
{
    public const string JsonName = "compare.json";

    /// <summary>The data files keep shares as fractions; the console and the report show percentages.</summary>
    public const string Units = "final_adoption, final_in_network, final_back_home (and their differences and share_ahead) are fractions from 0 to 1 (0.158 is 15.8 %; the console and report.html show percentages and percentage points); adopters and schools are counts; mean_trust is a level from 0 to 1; costs are in the currency of each design's cost block (cost.currency, EUR unless it says otherwise).";

    public static void Write(IReadOnlyList<DesignRuns> designs, ResultsFolder folder, Provenance provenance, IReadOnlyList<ExplainStep>? explain = null)
    {
        var outcomes = OutcomeComparison.Of(designs);
        var costs = designs.Select(d => Costs(d, outcomes, designs.ToList().IndexOf(d))).ToArray();
        folder.WriteText(RunsCsv.FileName, Runs(designs));
        folder.WriteText(TimeseriesCsv.FileName, Timeseries(designs));
        var plots = ComparisonPlots.Write(designs, outcomes, folder);
        folder.WriteText(JsonName, Json(designs, outcomes, costs, provenance, explain));
        folder.WriteText(ReportHtml.FileName, ComparisonReport.Html(designs, outcomes, costs, plots, provenance, explain));
    }

    /// <summary>Total cost, per adopter (first practice) and per institutionalised school; null without a cost block.</summary>
    public static (CostPer Adopter, CostPer School)? Costs(DesignRuns design, IReadOnlyList<OutcomeComparison> outcomes, int index)
    {
        if (design.Cost is null)
        {
            return null;
        }

        var total = design.Cost.Total(design.Scenario);
        var practice = design.Scenario.Practices[0].Name;
        var adopters = outcomes.First(o => o.Outcome.EndsWith(".adopters", StringComparison.Ordinal)).Designs[index];
        var schools = outcomes.First(o => o.Outcome.EndsWith(".schools_institutionalised", StringComparison.Ordinal)).Designs[index];
        return (CostPer.Of(total, adopters.Mean, adopters.Low, adopters.High), CostPer.Of(total, schools.Mean, schools.Low, schools.High));
    }

    private static string Runs(IReadOnlyList<DesignRuns> designs)
    {
        var text = new StringBuilder();
        text.Append(string.Join(',', new[] { "design", "replicate", "seed" }.Concat(RunOutcomes.Columns(designs[0].Scenario.Practices)).Select(CsvFormat.Text))).Append('\n');
        foreach (var d in designs)
        {
            foreach (var r in d.Replicates)
            {
                text.Append(CsvFormat.Text(d.Scenario.Name)).Append(',').Append(Number(r.Replicate)).Append(',').Append(r.Seed.ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(string.Join(',', RunOutcomes.Values(d.Scenario.Practices.Count, r).Select(v => v is { } x ? Number(x) : ""))).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Timeseries(IReadOnlyList<DesignRuns> designs)
    {
        var text = new StringBuilder(string.Join(',', new[] { "design" }.Concat(TimeseriesCsv.Columns).Select(CsvFormat.Text))).Append('\n');
        foreach (var d in designs)
        {
            var rows = TimeseriesCsv.Write(new Running.ScenarioResults(d.Scenario, d.Replicates, DateTimeOffset.UnixEpoch, TimeSpan.Zero));
            foreach (var line in rows.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1))
            {
                text.Append(CsvFormat.Text(d.Scenario.Name)).Append(',').Append(line).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Json(IReadOnlyList<DesignRuns> designs, IReadOnlyList<OutcomeComparison> outcomes, IReadOnlyList<(CostPer Adopter, CostPer School)?> costs, Provenance provenance, IReadOnlyList<ExplainStep>? explain)
    {
        var json = new JsonObject
        {
            ["provenance"] = JsonSerializer.SerializeToNode(provenance, ScenarioJson.Options),
            ["interval_method"] = Model.Metrics.Statistics.BootstrapMethod,
            ["share_ahead_method"] = "share of the paired replicates (same seed) in which the design's value is higher than the first design's; ties count half",
            ["units"] = Units,
            ["seed"] = SeedJson.Of(designs[0].Scenario.Seed),
            ["replicate_seeds"] = SeedJson.Replicates(designs[0].Replicates.Select(r => r.Seed)),
            ["designs"] = new JsonArray(designs.Select((d, i) => (JsonNode)new JsonObject
            {
                ["name"] = d.Scenario.Name,
                ["file"] = d.File,
                ["cost"] = d.Cost is null ? null : JsonSerializer.SerializeToNode(d.Cost, ScenarioJson.Options),
                ["cost_total"] = d.Cost?.Total(d.Scenario),
                ["cost_per_adopter"] = costs[i] is { } c ? JsonSerializer.SerializeToNode(c.Adopter, ScenarioJson.Options) : null,
                ["cost_per_institutionalised_school"] = costs[i] is { } s ? JsonSerializer.SerializeToNode(s.School, ScenarioJson.Options) : null,
                ["scenario"] = JsonNode.Parse(ScenarioJson.Serialize(d.Scenario)),
            }).ToArray()),
            ["outcomes"] = JsonSerializer.SerializeToNode(outcomes.Select(o => new
            {
                o.Outcome,
                Designs = o.Designs.Select((e, i) => new { Design = designs[i].Scenario.Name, Mean = N(e.Mean), Ci95Low = N(e.Low), Ci95High = N(e.High), e.N }),
                DifferenceFromFirst = o.VsFirst.Skip(1).Select((p, i) => new { Design = designs[i + 1].Scenario.Name, Mean = N(p.Mean), Ci95Low = N(p.Low), Ci95High = N(p.High), ShareAhead = N(p.ShareAhead), p.Pairs }),
            }), ScenarioJson.Options),
        };
        if (explain is not null)
        {
            json["explain"] = JsonSerializer.SerializeToNode(explain.Select(e => new
            {
                From = designs[1].Scenario.Name,
                Towards = designs[0].Scenario.Name,
                Factor = e.Factor.Name,
                Settings = e.Factor.Assignments.ToDictionary(a => a.Key, a => a.Value),
                e.Factor.Problem,
                FinalAdoption = e.Share is { } m ? new { Mean = N(m.Mean), Ci95Low = N(m.Low), Ci95High = N(m.High) } : null,
                DifferenceFromStart = e.ShareDifference is { } d ? new { Mean = N(d.Mean), Ci95Low = N(d.Low), Ci95High = N(d.High), ShareAhead = N(d.ShareAhead) } : null,
                GapClosed = e.GapClosed is { } g ? N(g) : null,
                AdoptersDifferenceFromStart = e.AdoptersDifference is { } a ? new { Mean = N(a.Mean), Ci95Low = N(a.Low), Ci95High = N(a.High) } : null,
            }), ScenarioJson.Options);
        }

        return json.ToJsonString(ScenarioJson.Options);
    }

    /// <summary>JSON has no NaN: a mean over no values (a level never reached) is null.</summary>
    private static double? N(double value) => double.IsFinite(value) ? Math.Round(value, 6) : null;
}
