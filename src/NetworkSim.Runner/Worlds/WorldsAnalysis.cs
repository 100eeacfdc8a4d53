using NetworkSim.Analysis.Discovery;
using NetworkSim.Analysis.Robustness;
using NetworkSim.Runner.Comparisons;

namespace NetworkSim.Runner.Worlds;

/// <summary>
/// Robustness of the designs on every outcome (<see cref="RobustnessAnalysis"/>: best share with its Wilson interval,
/// mean, P5, P95, regret) and scenario discovery on the headline outcome: for each pair of designs, PRIM's covering
/// (<see cref="Prim.Cover"/>) of the worlds where the design that is usually worse is better beyond the replicate
/// noise (its paired interval over the world's replicates excludes 0; with one replicate: strictly better); on each
/// trajectory every box stated by its significant limits only (<see cref="Prim.KeepSignificant"/>), and the one of
/// those nearest full coverage and density reported with the coverage and density of that statement.
/// </summary>
internal static class WorldsAnalysis
{
    /// <summary>The parameters PRIM looks at: the ones most associated with the flips.</summary>
    public const int MaxInputs = 5;

    public static WorldsResult Analyse(WorldsDefinition definition, WorldsTable table, string headline)
    {
        var names = definition.Designs.Select(d => d.Name).ToArray();
        var outcomes = table.Outcomes.Select(o =>
        {
            var kind = KindOf(o);
            var values = table.Matrix(o);
            if (values.Any(w => w.Any(double.IsNaN)))
            {
                return new OutcomeRobustness(o, kind, [], null);
            }

            var clear = Clear(definition, table, o);
            var clearly = clear is null ? null : names.Select((_, d) => values.Select((_, w) => names.Select((_, e) => e == d || clear[w][d][e]).All(x => x)).Count(x => x) / (double)values.Length).ToArray();
            return new OutcomeRobustness(o, kind, RobustnessAnalysis.Analyse(names, values, kind.Goal), clearly);
        }).ToArray();

        var matrix = table.Matrix(headline);
        var goal = KindOf(headline).Goal;
        var clearHeadline = Clear(definition, table, headline);
        var pairs = new List<PairFlips>();
        for (var a = 0; a < names.Length; a++)
        {
            for (var b = a + 1; b < names.Length; b++)
            {
                pairs.Add(Flips(definition, matrix, clearHeadline, goal, a, b));
            }
        }

        return new WorldsResult(headline, KindOf(headline), outcomes, pairs);
    }

    /// <summary>The outcome a column measures (<c>practice.outcome</c>).</summary>
    public static WorldOutcome KindOf(string column) => WorldOutcomes.All.First(o => column.EndsWith("." + o.Name, StringComparison.Ordinal));

    /// <summary>
    /// [world][d][e]: whether design d is better than design e in the world beyond the replicate noise, i.e. the paired
    /// 95 % interval of d − e over the world's replicates (<see cref="PairedDifference"/>, the studentised bootstrap)
    /// excludes 0 on d's side. Null where there is no such interval: the cost per adopter, or one replicate.
    /// </summary>
    private static bool[][][]? Clear(WorldsDefinition definition, WorldsTable table, string outcome)
    {
        var kind = KindOf(outcome);
        if (kind == WorldOutcomes.CostPerAdopter || definition.Replicates < 2)
        {
            return null;
        }

        var range = kind.Share ? (0.0, 1.0) : (0.0, double.PositiveInfinity);
        var designs = definition.Designs.Count;
        return Enumerable.Range(0, definition.Worlds.Count).Select(w =>
        {
            var clear = Enumerable.Range(0, designs).Select(_ => new bool[designs]).ToArray();
            for (var d = 0; d < designs; d++)
            {
                for (var e = d + 1; e < designs; e++)
                {
                    var difference = PairedDifference.Of(table.Replicates(w, e, outcome), table.Replicates(w, d, outcome), range);
                    var (dAhead, eAhead) = (difference.Low > 0, difference.High < 0);
                    (clear[d][e], clear[e][d]) = kind.Goal == Goal.Maximise ? (dAhead, eAhead) : (eAhead, dAhead);
                }
            }

            return clear;
        }).ToArray();
    }

    private static PairFlips Flips(WorldsDefinition definition, double[][] matrix, bool[][][]? clear, Goal goal, int a, int b)
    {
        bool Better(double x, double y) => goal == Goal.Maximise ? x > y : x < y;
        var aBetter = matrix.Count(w => Better(w[a], w[b]));
        var bBetter = matrix.Count(w => Better(w[b], w[a]));
        var (usual, other) = bBetter > aBetter ? (b, a) : (a, b);
        var cases = clear is null ? matrix.Select(w => Better(w[other], w[usual])).ToArray() : clear.Select(w => w[other][usual]).ToArray();
        int? usualClearly = clear?.Count(w => w[usual][other]);
        int? otherClearly = clear?.Count(w => w[other][usual]);
        var names = definition.Designs.Select(d => d.Name).ToArray();
        var pair = new PairFlips(names[usual], names[other], Math.Max(aBetter, bBetter), Math.Min(aBetter, bBetter), usualClearly, otherClearly, matrix.Length, null, []);
        if (!cases.Any(c => c) || definition.Keys.Count == 0 || matrix.Any(w => double.IsNaN(w[a]) || double.IsNaN(w[b])))
        {
            return pair;
        }

        // With dozens of parameters and a few hundred worlds, PRIM peels noise (each peel a little off a parameter that
        // happens to help): as the EMA Workbench advises for many uncertainties, it looks at the few most associated with the flips.
        var inputs = MostAssociated(definition, cases, MaxInputs);
        var keys = inputs.Select(j => definition.Keys[j]).ToArray();
        var x = definition.Worlds.Select(w => (IReadOnlyList<double>)inputs.Select(j => w.Values[j]).ToArray()).ToArray();
        var trajectories = Prim.Cover(keys, x, cases);
        // Covering stops at a first box below the minimum density; its trajectory is still the trade-off to show.
        var first = trajectories.FirstOrDefault() ?? Prim.FindBox(keys, x, cases);
        var boxes = trajectories.DefaultIfEmpty(first).Select(t => Significant(keys, x, cases, t, new PrimOptions().MinDensity)).OfType<FlipBox>()
            .DistinctBy(b => WorldsText.Limits(b)).ToArray();
        // No region where the other wins in most worlds: the statement with significant limits that comes nearest, as a tendency.
        var tendency = boxes.Length == 0 ? Significant(keys, x, cases, first, 0) : null;
        return pair with { Trajectory = first, Boxes = boxes, Tendency = tendency };
    }

    /// <summary>
    /// The <paramref name="count"/> parameters most associated with the cases of interest, by the absolute rank
    /// correlation of each parameter with whether a world is a case (ties: the catalogue's order), in the parameters' order.
    /// </summary>
    public static int[] MostAssociated(WorldsDefinition definition, IReadOnlyList<bool> cases, int count)
    {
        var y = cases.Select(c => c ? 1.0 : 0.0).ToArray();
        return Enumerable.Range(0, definition.Keys.Count)
            .OrderByDescending(j => Math.Abs(RankCorrelation(definition.Worlds.Select(w => w.Values[j]).ToArray(), y)))
            .ThenBy(j => j)
            .Take(count)
            .Order()
            .ToArray();
    }

    /// <summary>Spearman's rank correlation (average ranks for ties); 0 when either side does not vary.</summary>
    public static double RankCorrelation(double[] a, double[] b)
    {
        var (ra, rb) = (Ranks(a), Ranks(b));
        var (ma, mb) = (ra.Average(), rb.Average());
        double sab = 0, saa = 0, sbb = 0;
        for (var i = 0; i < ra.Length; i++)
        {
            sab += (ra[i] - ma) * (rb[i] - mb);
            saa += (ra[i] - ma) * (ra[i] - ma);
            sbb += (rb[i] - mb) * (rb[i] - mb);
        }

        return saa == 0 || sbb == 0 ? 0 : sab / Math.Sqrt(saa * sbb);
    }

    private static double[] Ranks(double[] values)
    {
        var order = Enumerable.Range(0, values.Length).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Length];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }

            for (var i = start; i <= end; i++)
            {
                ranks[order[i]] = (start + end) / 2.0;
            }

            start = end + 1;
        }

        return ranks;
    }

    /// <summary>
    /// The box of a trajectory to report: every box on it stated by its significant limits only (each with that
    /// statement's coverage and density), and of those that keep a limit and a density of at least
    /// <paramref name="minimum"/> (0.5 for a region where the other design wins in most worlds), the one nearest full
    /// coverage and density (the Workbench's default choice, made among statements that hold). With many
    /// parameters and few worlds, the box PRIM itself would choose often restricts a dozen parameters a little each,
    /// none significantly; a box further up the trajectory may keep two or three limits that do the work.
    /// </summary>
    private static FlipBox? Significant(IReadOnlyList<string> keys, IReadOnlyList<IReadOnlyList<double>> x, bool[] cases, PrimTrajectory trajectory, double minimum)
    {
        var best = trajectory.Boxes.Where(b => b.Restricted.Count > 0)
            .Select(b => Prim.KeepSignificant(keys, x, cases, b))
            .Where(b => b.Restricted.Count > 0 && b.Density >= minimum)
            .OrderBy(b => Math.Sqrt((1 - b.Coverage) * (1 - b.Coverage) + (1 - b.Density) * (1 - b.Density)))
            .ThenBy(b => b.Restricted.Count)
            .FirstOrDefault();
        return best is null ? null : new FlipBox(best, Limits(keys, x, best));
    }

    private static BoxLimit[] Limits(IReadOnlyList<string> keys, IReadOnlyList<IReadOnlyList<double>> x, PrimBox box) =>
        box.Restricted.Select((j, i) =>
        {
            var (min, max) = (x.Min(r => r[j]), x.Max(r => r[j]));
            return new BoxLimit(keys[j], box.Lower[j] > min ? box.Lower[j] : null, box.Upper[j] < max ? box.Upper[j] : null, box.QuasiPValues[i]);
        }).ToArray();
}
