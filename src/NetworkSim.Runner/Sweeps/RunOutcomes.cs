using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Running;

namespace NetworkSim.Runner.Sweeps;

/// <summary>
/// The outcomes of one run (one replicate at one point), by name: per practice the final adoption (all, in the
/// network, back home), adopters, ticks to 10, 50 and 90 % and schools institutionalised; then mean cross-school
/// trust, ties, brokered ties and drop-outs at the end. A level never reached has no value (an empty cell), nor has
/// a quantity the run's model does not hold (trust in a textbook model: <see cref="Model.RuleSets.Quantities"/>).
/// </summary>
internal static class RunOutcomes
{
    private static readonly string[] PracticeOutcomes =
        ["final_adoption", "final_in_network", "final_back_home", "adopters", "ticks_to_10", "ticks_to_50", "ticks_to_90", "schools_institutionalised"];

    private static readonly string[] RunWide = ["mean_trust", "ties", "brokered_ties", "dropped_out"];

    /// <summary>Column names: <c>practice.outcome</c> per practice, then the run-wide ones.</summary>
    public static IReadOnlyList<string> Columns(IReadOnlyList<PracticeSpec> practices) =>
        [.. practices.SelectMany(p => PracticeOutcomes.Select(o => $"{p.Name}.{o}")), .. RunWide];

    /// <summary>
    /// The range a mean of <paramref name="column"/> can take, which its interval is held inside: 0 to 1 for a share
    /// (<c>final_*</c>, <c>mean_trust</c>), from 0 up for a count or a tick.
    /// </summary>
    public static (double Lowest, double Highest) Range(string column) =>
        column.Contains(".final_", StringComparison.Ordinal) || column == "mean_trust" ? (0, 1) : (0, double.PositiveInfinity);

    public static double?[] Values(int practices, ReplicateResult run)
    {
        var values = new List<double?>();
        var end = run.Ticks[^1];
        for (var k = 0; k < practices; k++)
        {
            values.Add(end.AdoptionFraction(k));
            values.Add(end.Value("in_network_fraction", k));
            values.Add(end.Value("back_home_fraction", k));
            values.Add(end.Value("adopters", k));
            foreach (var level in ResultsSummary.Levels)
            {
                var practice = k;
                values.Add(run.Ticks.FirstOrDefault(m => m.AdoptionFraction(practice) >= level)?.Tick);
            }

            values.Add(end.Measured("schools_institutionalised", k));
        }

        values.Add(end.Measured("mean_trust"));
        values.Add(end.Value("ties"));
        values.Add(end.Measured("brokered_ties"));
        values.Add(end.Measured("dropped_out"));
        return [.. values];
    }
}
