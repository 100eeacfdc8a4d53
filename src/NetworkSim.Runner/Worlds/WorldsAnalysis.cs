using NetworkSim.Analysis.Discovery;
using NetworkSim.Analysis.Robustness;

namespace NetworkSim.Runner.Worlds;

/// <summary>
/// Robustness of the designs on every outcome (<see cref="RobustnessAnalysis"/>: best share with its Wilson interval,
/// mean, P5, P95, regret) and scenario discovery on the headline outcome: for each pair of designs, PRIM's covering
/// (<see cref="Prim.Cover"/>, the box on each trajectory nearest full coverage and density) of the worlds where the
/// design that is usually worse is strictly better, each box then stated by its significant limits only
/// (<see cref="Prim.KeepSignificant"/>) with the coverage and density of that statement.
/// </summary>
public static class WorldsAnalysis
{
    public static WorldsResult Analyse(WorldsDefinition definition, WorldsTable table, string headline)
    {
        var names = definition.Designs.Select(d => d.Name).ToArray();
        var outcomes = table.Outcomes.Select(o =>
        {
            var kind = KindOf(o);
            var values = table.Matrix(o);
            return new OutcomeRobustness(o, kind, values.Any(w => w.Any(double.IsNaN)) ? [] : RobustnessAnalysis.Analyse(names, values, kind.Goal));
        }).ToArray();

        var matrix = table.Matrix(headline);
        var goal = KindOf(headline).Goal;
        var pairs = new List<PairFlips>();
        for (var a = 0; a < names.Length; a++)
        {
            for (var b = a + 1; b < names.Length; b++)
            {
                pairs.Add(Flips(definition, matrix, goal, a, b));
            }
        }

        return new WorldsResult(headline, KindOf(headline), outcomes, pairs);
    }

    /// <summary>The outcome a column measures (<c>practice.outcome</c>).</summary>
    public static WorldOutcome KindOf(string column) => WorldOutcomes.All.First(o => column.EndsWith("." + o.Name, StringComparison.Ordinal));

    private static PairFlips Flips(WorldsDefinition definition, double[][] matrix, Goal goal, int a, int b)
    {
        bool Better(double x, double y) => goal == Goal.Maximise ? x > y : x < y;
        var aBetter = matrix.Count(w => Better(w[a], w[b]));
        var bBetter = matrix.Count(w => Better(w[b], w[a]));
        var (usual, other) = bBetter > aBetter ? (b, a) : (a, b);
        var cases = matrix.Select(w => Better(w[other], w[usual])).ToArray();
        var names = definition.Designs.Select(d => d.Name).ToArray();
        var otherBetter = cases.Count(c => c);
        if (otherBetter == 0 || definition.Keys.Count == 0 || matrix.Any(w => double.IsNaN(w[a]) || double.IsNaN(w[b])))
        {
            return new PairFlips(names[usual], names[other], Math.Max(aBetter, bBetter), otherBetter, matrix.Length, null, []);
        }

        var x = definition.Worlds.Select(w => (IReadOnlyList<double>)w.Values).ToArray();
        var trajectories = Prim.Cover(definition.Keys, x, cases);
        var boxes = new List<FlipBox>();
        foreach (var trajectory in trajectories)
        {
            var box = Prim.KeepSignificant(definition.Keys, x, cases, trajectory.ChosenBox);
            if (box.Restricted.Count > 0 && box.Density >= new PrimOptions().MinDensity)
            {
                boxes.Add(new FlipBox(box, Limits(definition, x, box)));
            }
        }

        // Covering stops at a first box below the minimum density; its trajectory is still the trade-off to show.
        var first = trajectories.FirstOrDefault() ?? Prim.FindBox(definition.Keys, x, cases);
        return new PairFlips(names[usual], names[other], Math.Max(aBetter, bBetter), otherBetter, matrix.Length, first, boxes);
    }

    private static BoxLimit[] Limits(WorldsDefinition definition, IReadOnlyList<IReadOnlyList<double>> x, PrimBox box) =>
        box.Restricted.Select((j, i) =>
        {
            var (min, max) = (x.Min(r => r[j]), x.Max(r => r[j]));
            return new BoxLimit(definition.Keys[j], box.Lower[j] > min ? box.Lower[j] : null, box.Upper[j] < max ? box.Upper[j] : null, box.QuasiPValues[i]);
        }).ToArray();
}
