using System.Text.Json;
using System.Text.Json.Nodes;
using NetworkSim.Model.Randomness;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Output;

namespace NetworkSim.Runner.Worlds;

/// <summary>robustness.json: provenance, the worlds and designs, the answer, every outcome's robustness per design and the scenario discovery per pair.</summary>
internal static class WorldsJson
{
    public const string FileName = "robustness.json";

    public const string Methods =
        "Each design's outcome in a world is the mean over its replicates (replicate r has the same seed in every world and design). " +
        "best_share: the share of worlds in which the design's mean is the best of all designs (ties split equally), with Wilson's 95 % score interval over the worlds; clearly_best_share: the share in which it is better than every other design beyond the replicate noise (each paired 95 % interval over the world's replicates, studentised bootstrap, excludes 0). " +
        "mean, p5, p95: across worlds (type 7 quantiles). regret: the loss against the best design of the same world, in the outcome's units; max_regret is the worst case, mean_regret the average. " +
        "scenario_discovery: PRIM (Friedman & Fisher 1999; peeling and pasting, alpha 0.05, minimum mass 0.05, as the EMA Workbench) on the values of the 5 parameters most associated with the flips (absolute rank correlation with whether a world is a case), cases of interest the worlds where the usually worse design is better on the headline outcome beyond the replicate noise (with one replicate: strictly better); " +
        "covering up to 3 trajectories; on each, every box stated by its significant limits only (a limit with a quasi-p-value of 0.05 or more dropped, one at a time, and the box described again), and of those with a limit left and a density of at least 0.5 the one nearest coverage 1 and density 1, with that statement's coverage, density and mass; without such a box, the first trajectory's statement nearest coverage 1 and density 1 whatever its density is the tendency (where the other design wins more often, not mostly).";

    public static string Write(WorldsDefinition definition, WorldsResult result, Provenance provenance, IReadOnlyList<string> files)
    {
        var json = new JsonObject
        {
            ["provenance"] = JsonSerializer.SerializeToNode(provenance, ScenarioJson.Options),
            ["answer"] = WorldsText.Answer(definition, result),
            ["headline"] = result.Headline,
            ["worlds"] = new JsonObject
            {
                ["count"] = definition.Worlds.Count,
                ["source"] = definition.Source,
                ["seed"] = SeedJson.Of(definition.Seed),
                ["replicates"] = definition.Replicates,
                ["runs"] = definition.Runs,
                ["parameters"] = new JsonArray([.. definition.Parameters.Select(p => (JsonNode)new JsonObject { ["key"] = p.Key, ["low"] = p.Low, ["high"] = p.High, ["whole_numbers"] = p.Integer })]),
                ["fixed"] = new JsonObject(definition.Fixed.Select(f => KeyValuePair.Create(f.Key, (JsonNode?)JsonValue.Create(f.Value)))),
            },
            ["designs"] = new JsonArray([.. definition.Designs.Select(d => (JsonNode)new JsonObject
            {
                ["name"] = d.Name,
                ["file"] = d.File,
                ["cost_total"] = d.Cost?.Total(d.Scenario),
                ["currency"] = d.Cost?.Currency,
            })]),
            ["common_random_numbers"] = "replicate r has the same seed in every world and design: a pure function of (seed, r), as in 'networksim run'",
            ["replicate_seeds"] = SeedJson.Replicates(Enumerable.Range(0, definition.Replicates).Select(r => CounterRandom.ReplicateSeed(definition.Seed, r))),
            ["methods"] = Methods,
            ["best_share_interval_method"] = "Wilson score interval, 95 %",
            ["units"] = "final_adoption, final_in_network and final_back_home are fractions from 0 to 1 (their regret too: 0.008 is 0.8 percentage points); adopters are people; schools_institutionalised schools; ticks_to_50_in_network weeks; cost_per_adopter is in the designs' currency.",
            ["outcomes"] = new JsonArray([.. result.Outcomes.Select(o => (JsonNode)new JsonObject
            {
                ["outcome"] = o.Outcome,
                ["better"] = o.Kind.Goal == Analysis.Robustness.Goal.Maximise ? "more" : "less",
                ["meaning"] = o.Kind.Meaning,
                ["designs"] = o.Designs.Count == 0 ? null : new JsonArray([.. o.Designs.Select((d, i) => (JsonNode)new JsonObject
                {
                    ["design"] = d.Design,
                    ["best_share"] = R(d.BestShare),
                    ["clearly_best_share"] = o.ClearlyBest is { } c ? R(c[i]) : null,
                    ["best_share_ci95_low"] = R(d.BestShareInterval.Low),
                    ["best_share_ci95_high"] = R(d.BestShareInterval.High),
                    ["mean"] = R(d.Mean),
                    ["p5"] = R(d.P5),
                    ["p95"] = R(d.P95),
                    ["max_regret"] = R(d.MaxRegret),
                    ["mean_regret"] = R(d.MeanRegret),
                })]),
            })]),
            ["scenario_discovery"] = new JsonArray([.. result.Pairs.Select(p => (JsonNode)new JsonObject
            {
                ["usually_better"] = p.Usual,
                ["other"] = p.Other,
                ["worlds"] = p.Worlds,
                ["usually_better_in"] = p.UsualBetter,
                ["other_better_in"] = p.OtherBetter,
                ["usually_better_beyond_noise_in"] = p.UsualClearly,
                ["other_better_beyond_noise_in"] = p.OtherClearly,
                ["boxes"] = new JsonArray([.. p.Boxes.Select(b => (JsonNode)new JsonObject
                {
                    ["statement"] = WorldsText.Limits(b),
                    ["coverage"] = R(b.Box.Coverage),
                    ["density"] = R(b.Box.Density),
                    ["mass"] = R(b.Box.Mass),
                    ["worlds"] = b.Box.Points,
                    ["cases"] = b.Box.CasesOfInterest,
                    ["limits"] = new JsonArray([.. b.Limits.Select(l => (JsonNode)new JsonObject { ["key"] = l.Key, ["above"] = l.Above, ["below"] = l.Below, ["quasi_p"] = R(l.QuasiP) })]),
                })]),
                ["tendency"] = p.Tendency is not { } t ? null : new JsonObject
                {
                    ["statement"] = WorldsText.Limits(t),
                    ["coverage"] = R(t.Box.Coverage),
                    ["density"] = R(t.Box.Density),
                    ["mass"] = R(t.Box.Mass),
                    ["worlds"] = t.Box.Points,
                    ["cases"] = t.Box.CasesOfInterest,
                    ["limits"] = new JsonArray([.. t.Limits.Select(l => (JsonNode)new JsonObject { ["key"] = l.Key, ["above"] = l.Above, ["below"] = l.Below, ["quasi_p"] = R(l.QuasiP) })]),
                },
                ["trajectory"] = p.Trajectory is null ? null : new JsonObject
                {
                    ["chosen"] = p.Trajectory.Chosen,
                    ["boxes"] = new JsonArray([.. p.Trajectory.Boxes.Select(b => (JsonNode)new JsonObject
                    {
                        ["step"] = b.Step,
                        ["coverage"] = R(b.Coverage),
                        ["density"] = R(b.Density),
                        ["mass"] = R(b.Mass),
                        ["restricted"] = new JsonArray([.. b.Restricted.Select(j => (JsonNode)JsonValue.Create(p.Trajectory.Inputs[j])!)]),
                    })]),
                },
            })]),
            ["files"] = new JsonArray([.. files.Select(f => (JsonNode)JsonValue.Create(f))]),
        };
        return json.ToJsonString(ScenarioJson.Options);
    }

    private static double? R(double value) => double.IsFinite(value) ? Math.Round(value, 6) : null;
}
