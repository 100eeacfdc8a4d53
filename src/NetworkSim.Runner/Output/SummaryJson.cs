using System.Text.Json;
using System.Text.Json.Nodes;
using NetworkSim.Model.Network;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Running;

namespace NetworkSim.Runner.Output;

/// <summary><c>summary.json</c>: provenance, the resolved scenario, seeds, timings and headline results.</summary>
internal static class SummaryJson
{
    public const string FileName = "summary.json";

    /// <summary>The data files keep shares as fractions; the console and report.html show percentages.</summary>
    public const string Units = "shares of staff (final_adoption, in_network, back_home, adoption fractions) are fractions from 0 to 1 (0.158 is 15.8 %; the console and report.html show percentages); ticks are weeks; replicate seeds are strings (exact in every JSON reader) and the seed is a number only up to 2^53.";

    public static string Write(ScenarioResults results, Provenance provenance, IReadOnlyList<PracticeSummary> practices, IReadOnlyList<string> files, long peakMemoryBytes)
    {
        var scenario = results.Scenario;
        var network = NetworkBuilder.Build(scenario, results.Replicates[0].Seed);
        var ticks = results.Replicates.Sum(r => r.TickMilliseconds.Count);
        var tickMs = results.Replicates.SelectMany(r => r.TickMilliseconds).ToArray();
        var summary = new JsonObject
        {
            ["provenance"] = JsonSerializer.SerializeToNode(provenance, ScenarioJson.Options),
            ["seed"] = SeedJson.Of(scenario.Seed),
            ["replicate_seeds"] = SeedJson.Replicates(results.Replicates.Select(r => r.Seed)),
            ["units"] = Units,
            ["network"] = new JsonObject
            {
                ["schools"] = network.SchoolCount,
                ["participants"] = network.ParticipantCount,
                ["network_members"] = network.InNetwork.Count(m => m),
                ["ties_at_start"] = network.TieCount,
                ["school_ties_at_start"] = network.SchoolNeighbours.Sum(n => n.Length) / 2,
                ["participant_graph"] = JsonSerializer.SerializeToNode(GraphStatistics.Of(network), ScenarioJson.Options),
            },
            ["timing"] = new JsonObject
            {
                ["started_utc"] = results.Started.ToString("O"),
                ["elapsed_seconds"] = Math.Round(results.Elapsed.TotalSeconds, 3),
                ["ticks_run"] = ticks,
                ["mean_tick_ms"] = tickMs.Length == 0 ? 0 : Math.Round(tickMs.Average(), 3),
                ["participant_ticks_per_second"] = results.Elapsed.TotalSeconds <= 0 ? 0 : Math.Round((double)ticks * network.ParticipantCount / results.Elapsed.TotalSeconds),
                ["peak_memory_mb"] = Math.Round(peakMemoryBytes / 1048576.0, 1),
            },
            ["practices"] = JsonSerializer.SerializeToNode(practices, ScenarioJson.Options),
            ["files"] = new JsonArray(files.Select(f => (JsonNode)JsonValue.Create(f)).ToArray()),
            ["scenario"] = JsonNode.Parse(ScenarioJson.Serialize(scenario)),
        };
        // Only a run that lost a silo has this: which, when, the checkpoint it went back to and how long that took.
        var recoveries = results.Replicates.SelectMany(r => (r.Recoveries ?? []).Select(c => (r.Replicate, c))).ToArray();
        if (recoveries.Length > 0)
        {
            summary["recoveries"] = new JsonArray(recoveries.Select(x => (JsonNode)new JsonObject
            {
                ["replicate"] = x.Replicate,
                ["silos"] = x.c.Silos,
                ["lost_at_tick"] = x.c.LostAtTick,
                ["checkpoint_tick"] = x.c.CheckpointTick,
                ["seconds"] = x.c.Seconds,
            }).ToArray());
        }

        return summary.ToJsonString(ScenarioJson.Options);
    }
}
