using NetworkSim.Runner.Sweeps;

namespace NetworkSim.Runner.Comparisons;

/// <summary>One outcome across the designs: each design's mean with its 95 % interval, and each design's paired difference from the first.</summary>
public sealed record OutcomeComparison(string Outcome, IReadOnlyList<MeanEstimate> Designs, IReadOnlyList<PairedDifference> VsFirst)
{
    /// <summary>Every <see cref="RunOutcomes"/> column, compared.</summary>
    public static IReadOnlyList<OutcomeComparison> Of(IReadOnlyList<DesignRuns> designs)
    {
        var columns = RunOutcomes.Columns(designs[0].Scenario.Practices);
        var values = designs.Select(d => d.Replicates.Select(r => RunOutcomes.Values(d.Scenario.Practices.Count, r)).ToArray()).ToArray();
        var list = new List<OutcomeComparison>();
        for (var c = 0; c < columns.Count; c++)
        {
            var column = c;
            var perDesign = values.Select(v => v.Select(r => r[column] ?? double.NaN).ToArray()).ToArray();
            list.Add(new OutcomeComparison(columns[c],
                perDesign.Select(v => MeanEstimate.Of(v, RunOutcomes.Range(columns[column]))).ToArray(),
                perDesign.Select(v => PairedDifference.Of(perDesign[0], v, RunOutcomes.Range(columns[column]))).ToArray()));
        }

        return list;
    }
}
