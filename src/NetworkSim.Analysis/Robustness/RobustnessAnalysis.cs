using NetworkSim.Analysis.Intervals;
using NetworkSim.Analysis.Numerics;

namespace NetworkSim.Analysis.Robustness;

/// <summary>
/// Robustness of designs evaluated in the same worlds (exploratory modelling, Bankes 1993; regret as in Savage 1951
/// and the robust decision making literature, Lempert et al. 2003): per design the share of worlds where it is best,
/// its spread across worlds and its regret, the loss against the best design of the same world.
/// </summary>
public static class RobustnessAnalysis
{
    /// <summary>
    /// One outcome: <paramref name="values"/>[world][design] is the outcome of design d in world w. Designs tied for
    /// best in a world (exactly equal values) share that world equally.
    /// </summary>
    public static IReadOnlyList<DesignRobustness> Analyse(IReadOnlyList<string> designs, IReadOnlyList<IReadOnlyList<double>> values, Goal goal, double level = 0.95)
    {
        if (designs.Count < 1 || values.Count < 1)
        {
            throw new ArgumentException("A robustness analysis needs at least one design and one world.", nameof(values));
        }

        var worlds = values.Count;
        var wins = new double[designs.Count];
        var regrets = Enumerable.Range(0, designs.Count).Select(_ => new double[worlds]).ToArray();
        for (var w = 0; w < worlds; w++)
        {
            var row = values[w];
            if (row.Count != designs.Count || row.Any(v => !double.IsFinite(v)))
            {
                throw new ArgumentException($"World {w} must have one finite value per design ({designs.Count}).", nameof(values));
            }

            var best = goal == Goal.Maximise ? row.Max() : row.Min();
            var tied = row.Count(v => v == best);
            for (var d = 0; d < designs.Count; d++)
            {
                if (row[d] == best)
                {
                    wins[d] += 1.0 / tied;
                }

                regrets[d][w] = goal == Goal.Maximise ? best - row[d] : row[d] - best;
            }
        }

        return designs.Select((name, d) =>
        {
            var column = values.Select(row => row[d]).Order().ToArray();
            return new DesignRobustness(
                name,
                worlds,
                wins[d] / worlds,
                WilsonInterval.Of(Math.Min(wins[d], worlds), worlds, level),
                column.Average(),
                Quantiles.OfSorted(column, 0.05),
                Quantiles.OfSorted(column, 0.95),
                regrets[d].Max(),
                regrets[d].Average());
        }).ToArray();
    }
}
