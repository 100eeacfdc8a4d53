using NetworkSim.Analysis.Randomness;

namespace NetworkSim.Analysis.Designs;

/// <summary>
/// Morris' (1991) elementary-effects design on a p-level grid with step Δ = p / (2(p − 1)), improved as Campolongo,
/// Cariboni &amp; Saltelli (2007) do: draw M candidate trajectories from a seed and keep the r most spread out
/// (<see cref="TrajectorySelection"/>). r(k + 1) runs in all; run t(k + 1) + s is point s of trajectory t.
/// </summary>
public sealed class MorrisDesign
{
    private MorrisDesign(IReadOnlyList<ParameterRange> ranges, int levels, IReadOnlyList<MorrisTrajectory> trajectories)
    {
        Ranges = ranges;
        Levels = levels;
        Trajectories = trajectories;
    }

    public IReadOnlyList<ParameterRange> Ranges { get; }

    /// <summary>p, the number of grid levels per parameter.</summary>
    public int Levels { get; }

    /// <summary>Δ = p / (2(p − 1)), the step in the unit cube (2/3 for p = 4).</summary>
    public double Delta => Levels / (2.0 * (Levels - 1));

    public IReadOnlyList<MorrisTrajectory> Trajectories { get; }

    public int RunCount => Trajectories.Count * (Ranges.Count + 1);

    /// <summary>
    /// Builds the design: <paramref name="candidates"/> seeded trajectories (M; Campolongo et al. use M ≈ 500–1000),
    /// of which the <paramref name="trajectories"/> (r) most spread out are kept, on a grid of <paramref name="levels"/> (even, default 4).
    /// </summary>
    public static MorrisDesign Create(IReadOnlyList<ParameterRange> ranges, int trajectories, int candidates, ulong seed, int levels = 4)
    {
        if (ranges.Count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ranges), "A Morris design needs at least one parameter.");
        }

        if (levels < 2 || levels % 2 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(levels), $"Morris levels must be even and at least 2; {levels} was given.");
        }

        if (trajectories < 2 || candidates < trajectories)
        {
            throw new ArgumentOutOfRangeException(nameof(trajectories), $"A Morris design needs at least 2 trajectories and at least as many candidates; {trajectories} of {candidates} were asked for.");
        }

        var pool = Enumerable.Range(0, candidates).Select(c => Candidate(ranges.Count, levels, seed, c)).ToArray();
        var chosen = TrajectorySelection.Select(pool, trajectories);
        return new MorrisDesign(ranges, levels, chosen.Select(i => pool[i]).ToArray());
    }

    /// <summary>Run <paramref name="run"/>'s parameter values, in the ranges' order.</summary>
    public double[] Run(int run)
    {
        var perTrajectory = Ranges.Count + 1;
        return ParameterRange.Scale(Ranges, Trajectories[run / perTrajectory].Points[run % perTrajectory]);
    }

    public IReadOnlyList<double[]> Runs() => Enumerable.Range(0, RunCount).Select(Run).ToArray();

    /// <summary>
    /// Candidate c: a base grid point x* with x*_i + Δ ≤ 1, a random direction per parameter (start at x*_i and go
    /// up, or start at x*_i + Δ and come down) and a random order in which the parameters move.
    /// </summary>
    private static MorrisTrajectory Candidate(int k, int levels, ulong seed, int c)
    {
        var delta = levels / (2.0 * (levels - 1));
        var start = new double[k];
        var up = new bool[k];
        for (var i = 0; i < k; i++)
        {
            var baseLevel = SeededRandom.Below(levels / 2, seed, RandomStream.MorrisBase, c, i);
            up[i] = SeededRandom.Uniform(seed, RandomStream.MorrisDirection, c, i) < 0.5;
            start[i] = baseLevel / (double)(levels - 1) + (up[i] ? 0 : delta);
        }

        var order = Enumerable.Range(0, k).ToArray();
        for (var i = k - 1; i > 0; i--)
        {
            var j = SeededRandom.Below(i + 1, seed, RandomStream.MorrisOrder, c, i);
            (order[i], order[j]) = (order[j], order[i]);
        }

        var points = new List<double[]> { start };
        foreach (var i in order)
        {
            var next = (double[])points[^1].Clone();
            next[i] = up[i] ? next[i] + delta : next[i] - delta;
            points.Add(next);
        }

        return new MorrisTrajectory(points, order);
    }
}
