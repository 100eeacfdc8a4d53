using System.Text.Json;
using System.Text.Json.Nodes;
using NetworkSim.Model.Randomness;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Output;

namespace NetworkSim.Runner.Sweeps;

/// <summary>The files a finished sweep adds beside runs.csv and timeseries.csv: sweep.json, plots and report.html.</summary>
public static class SweepOutputs
{
    public const string JsonName = "sweep.json";
    public const string ReportName = "report.html";

    public static void Write(SweepDefinition sweep, Scenario baseScenario, SweepFolder folder, Provenance provenance, TimeSpan elapsed)
    {
        var table = SweepTable.Read(folder.PathOf(RunsCsv.FileName), sweep.Keys.Count);
        var plots = SweepPlots.Write(sweep, table, baseScenario, folder);
        var files = new List<string> { RunsCsv.FileName };
        if (sweep.Timeseries)
        {
            files.Add(TimeseriesCsv.FileName);
        }

        files.AddRange([JsonName, .. plots.Select(p => p.File), ReportName]);
        folder.WriteText(JsonName, Json(sweep, baseScenario, provenance, elapsed, files));
        folder.WriteText(ReportName, SweepReport.Html(sweep, baseScenario, table, plots, provenance));
    }

    public static string Json(SweepDefinition sweep, Scenario baseScenario, Provenance provenance, TimeSpan elapsed, IReadOnlyList<string> files)
    {
        var json = new JsonObject
        {
            ["provenance"] = JsonSerializer.SerializeToNode(provenance, ScenarioJson.Options),
            ["sweep"] = new JsonObject
            {
                ["name"] = sweep.Name,
                ["file"] = sweep.File,
                ["base"] = sweep.BasePath,
                ["design"] = Scenarios.YamlSection.EnumKey(sweep.Design.ToString()),
                ["seed"] = Output.SeedJson.Of(sweep.Seed),
                ["replicates"] = sweep.Replicates,
                ["points"] = sweep.Points.Count,
                ["runs"] = sweep.Runs,
                ["set"] = new JsonObject(sweep.Fixed.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)JsonValue.Create(kv.Value)))),
                // A list design's values are its points (below); its parameters are only the keys they set.
                ["parameters"] = new JsonArray(sweep.Parameters.Select(p => (JsonNode)(sweep.Design == SweepDesign.List ? new JsonObject { ["key"] = p.Key } : p.IsRange
                    ? new JsonObject { ["key"] = p.Key, ["min"] = p.Min, ["max"] = p.Max, ["whole_numbers"] = p.Integer }
                    : new JsonObject { ["key"] = p.Key, ["values"] = new JsonArray(p.Values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray()) })).ToArray()),
                ["point_values"] = new JsonArray(sweep.Points.Select(pt => (JsonNode)new JsonObject(
                    sweep.Keys.Select((k, i) => KeyValuePair.Create(k, (JsonNode?)(pt.Values[i].Length == 0 ? null : JsonValue.Create(pt.Values[i])))))).ToArray()),
            },
            ["common_random_numbers"] = "replicate r has the same seed at every point: a pure function of (sweep seed, r), as in 'networksim run'",
            ["replicate_seeds"] = Output.SeedJson.Replicates(Enumerable.Range(0, sweep.Replicates).Select(r => CounterRandom.ReplicateSeed(sweep.Seed, r))),
            ["units"] = "runs.csv: final_adoption, final_in_network and final_back_home are fractions from 0 to 1 (0.158 is 15.8 %; the console and report.html show percentages); ticks are weeks; mean_trust is a level from 0 to 1.",
            ["timing"] = new JsonObject { ["elapsed_seconds_this_session"] = Math.Round(elapsed.TotalSeconds, 3) },
            ["files"] = new JsonArray(files.Select(f => (JsonNode)JsonValue.Create(f)).ToArray()),
            ["base_scenario"] = JsonNode.Parse(ScenarioJson.Serialize(baseScenario)),
        };
        return json.ToJsonString(ScenarioJson.Options);
    }
}
