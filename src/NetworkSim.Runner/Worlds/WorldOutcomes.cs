using NetworkSim.Analysis.Robustness;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Running;

namespace NetworkSim.Runner.Worlds;

/// <summary>
/// What each run of a comparison across worlds records, per practice: final adoption among all staff, in the network
/// and back home (shares), people practising, schools institutionalised, and weeks until half the network members
/// practise (a run that never gets there counts as its last tick + 1, as in the sensitivity table). worlds.csv adds
/// the cost per adopter (the design's total cost over its mean adopters) where the design has a <c>cost:</c> block.
/// </summary>
public static class WorldOutcomes
{
    public static readonly WorldOutcome FinalAdoption = new("final_adoption", Goal.Maximise, "the share of all staff practising at the end", true);

    public static readonly WorldOutcome CostPerAdopter = new("cost_per_adopter", Goal.Minimise, "the cost per person practising at the end", false);

    /// <summary>The outcomes every run records, per practice.</summary>
    public static readonly IReadOnlyList<WorldOutcome> PerRun =
    [
        FinalAdoption,
        new("final_in_network", Goal.Maximise, "the share of network members practising at the end", true),
        new("final_back_home", Goal.Maximise, "the share of staff back home practising at the end", true),
        new("adopters", Goal.Maximise, "the number of people practising at the end", false),
        new("schools_institutionalised", Goal.Maximise, "the number of schools where the practice is institutionalised at the end", false),
        new("ticks_to_50_in_network", Goal.Minimise, "the weeks until half the network members practise (never: the last week + 1)", false),
    ];

    /// <summary>Every outcome worlds.csv holds, per practice: the per-run ones, then the cost per adopter.</summary>
    public static readonly IReadOnlyList<WorldOutcome> All = [.. PerRun, CostPerAdopter];

    /// <summary>runs.csv's outcome columns: <c>practice.outcome</c> per practice.</summary>
    public static IReadOnlyList<string> Columns(IReadOnlyList<PracticeSpec> practices) =>
        [.. practices.SelectMany(p => PerRun.Select(o => $"{p.Name}.{o.Name}"))];

    public static double?[] Values(Scenario scenario, ReplicateResult run)
    {
        var values = new List<double?>();
        var end = run.Ticks[^1];
        for (var k = 0; k < scenario.Practices.Count; k++)
        {
            var practice = k;
            values.Add(end.AdoptionFraction(k));
            values.Add(end.Value("in_network_fraction", k));
            values.Add(end.Value("back_home_fraction", k));
            values.Add(end.Value("adopters", k));
            values.Add(end.Measured("schools_institutionalised", k));
            values.Add(run.Ticks.FirstOrDefault(m => m.Value("in_network_fraction", practice) >= 0.5)?.Tick ?? scenario.Ticks + 1);
        }

        return [.. values];
    }
}
