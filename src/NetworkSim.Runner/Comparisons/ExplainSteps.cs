namespace NetworkSim.Runner.Comparisons;

/// <summary>Turns the runs of each factor into its <see cref="ExplainStep"/> against the starting design (the second) and the target (the first).</summary>
public static class ExplainSteps
{
    public static IReadOnlyList<ExplainStep> Of(IReadOnlyList<DesignRuns> designs, IReadOnlyList<(ExplainFactor Factor, DesignRuns? Runs)> factors)
    {
        var practice = designs[0].Scenario.Practices[0].Name;
        var share = $"{practice}.final_adoption";
        var main = OutcomeComparison.Of([designs[1], designs[0]]).First(o => o.Outcome == share);
        var gap = main.Designs[1].Mean - main.Designs[0].Mean;
        // A share of a gap that may be 0 is noise over noise (it read 1,780 % when the designs tied): none is given.
        var tie = !(main.VsFirst[1].Low > 0 || main.VsFirst[1].High < 0);
        return factors.Select(f =>
        {
            if (f.Runs is null)
            {
                return new ExplainStep(f.Factor, null, null, null, null);
            }

            var outcomes = OutcomeComparison.Of([designs[1], f.Runs]);
            var s = outcomes.First(o => o.Outcome == share);
            var adopters = outcomes.First(o => o.Outcome == $"{practice}.adopters");
            // + 0.0 turns -0 (no change over a negative gap) into 0.
            return new ExplainStep(f.Factor, s.Designs[1], s.VsFirst[1], tie || gap == 0 ? null : s.VsFirst[1].Mean / gap + 0.0, adopters.VsFirst[1], tie);
        }).ToArray();
    }
}
