using NetworkSim.Cli.Figures;
using NetworkSim.Model.Engine;
using NetworkSim.Model.Randomness;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Comparisons;
using NetworkSim.Runner.Running;
using NetworkSim.Runner.Scenarios;
using NetworkSim.Runner.Sweeps;

namespace NetworkSim.Cli.Tests;

/// <summary>
/// What a figures region's command prints, computed in this process on the sequential reference
/// (<see cref="Simulation"/>, which gives the grains' results byte for byte) through the same text functions the
/// commands print with: <c>networksim sweep FILE</c> and <c>networksim compare A B [--explain]</c>.
/// </summary>
public static class ReferencePrint
{
    /// <summary>
    /// Whether the suite recomputes the region: a sweep, or a comparison on the scenarios' own parameters. A comparison
    /// across worlds (<c>--worlds</c>, thousands of runs), a calibration and the calibration study take minutes on two cores; <c>networksim
    /// figures</c> reruns them (scripts/regenerate-docs.sh) and <c>networksim figures --check</c> checks them.
    /// </summary>
    public static bool InProcess(FigureRegion region) => region.Arguments.ToArray() switch
    {
        ["sweep", _] => true,
        ["compare", .. var rest] => !rest.Contains("--worlds") && !rest.Contains("--worlds-file"),
        _ => false,
    };

    /// <summary>The long commands <c>networksim figures</c> alone reruns: a comparison across worlds, a calibration, the calibration study.</summary>
    public static bool Long(FigureRegion region) => region.Arguments.ToArray() switch
    {
        ["compare", .. var rest] => rest.Contains("--worlds") || rest.Contains("--worlds-file"),
        ["calibrate", ..] => true,
        ["validate", .. var rest] => rest.Contains("--calibration"),
        _ => false,
    };

    public static IReadOnlyList<string> Of(FigureRegion region, string root)
    {
        var args = region.Arguments.ToArray();
        var path = (string file) => Path.Combine(root, file);
        return args switch
        {
            ["sweep", var file] => Sweep(path(file)),
            ["compare", .. var rest] when rest.All(a => a == "--explain" || !a.StartsWith('-')) && rest.Count(a => !a.StartsWith('-')) >= 2 =>
                Compare([.. rest.Where(a => !a.StartsWith('-')).Select(path)], rest.Contains("--explain")),
            _ => throw new InvalidOperationException($"{region.File}:{region.Line}: '{region.Command}' cannot be reproduced in-process; these can: 'networksim sweep FILE', 'networksim compare A B [--explain]'."),
        };
    }

    private static IReadOnlyList<string> Sweep(string file)
    {
        var sweep = SweepReader.Load(file, []);
        var baseScenario = SweepReader.BaseScenario(sweep);
        var runs = sweep.Points
            .SelectMany(p => Enumerable.Range(0, sweep.Replicates).Select(r => (Point: p, Replicate: r)))
            .AsParallel().AsOrdered()
            .Select(run =>
            {
                var scenario = SweepReader.Scenario(sweep, run.Point);
                return (run.Point, run.Replicate, Values: RunOutcomes.Values(scenario.Practices.Count, Replicate(scenario, run.Replicate)));
            })
            .ToArray();
        var table = new SweepTable(sweep.Keys, RunOutcomes.Columns(baseScenario.Practices), [.. runs.Select(r => r.Point.Index)], [.. runs.Select(r => r.Replicate)],
            [.. runs.Select(r => r.Point.Values.ToArray())], [.. runs.Select(r => r.Values)]);
        return SweepText.Lines(sweep, table, baseScenario.Practices[0].Name);
    }

    private static IReadOnlyList<string> Compare(string[] files, bool explain)
    {
        var first = ScenarioReader.Load(files[0]);
        ScenarioOverride[] common = [new("--seed", $"seed={first.Seed}"), new("--replicates", $"replicates={first.Replicates}")];
        var runs = files.Select(f =>
        {
            var scenario = ScenarioReader.Load(f, common, null);
            return new DesignRuns(f, scenario, CostReader.Read(f), Replicates(scenario));
        }).ToArray();
        IReadOnlyList<ExplainStep>? steps = null;
        if (explain)
        {
            var factors = ExplainPath.Scenarios(files[1], files[0], common);
            steps = ExplainSteps.Of(runs, [.. factors.Select(f => (f.Factor, f.Scenario is null ? null : new DesignRuns(files[1], f.Scenario, null, Replicates(f.Scenario))))]);
        }

        return ComparisonText.Lines(runs, steps);
    }

    private static ReplicateResult[] Replicates(Scenario scenario) =>
        [.. Enumerable.Range(0, scenario.Replicates).AsParallel().AsOrdered().Select(r => Replicate(scenario, r))];

    private static ReplicateResult Replicate(Scenario scenario, int replicate) =>
        new(replicate, CounterRandom.ReplicateSeed(scenario.Seed, replicate), Simulation.RunReplicate(scenario, replicate), [], TimeSpan.Zero);
}
