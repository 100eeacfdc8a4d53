using NetworkSim.Analysis.Designs;

namespace NetworkSim.Analysis.Tests.Designs;

public sealed class MorrisDesignTests
{
    private static readonly ParameterRange[] Ranges = [new("a", 0, 1), new("b", 0, 2), new("c", -1, 1), new("d", 5, 6)];

    [Fact]
    public void Every_trajectory_moves_each_parameter_once_by_delta_on_the_grid()
    {
        var design = MorrisDesign.Create(Ranges, trajectories: 6, candidates: 30, seed: 11);

        Assert.Equal(2.0 / 3.0, design.Delta, 15);
        Assert.Equal(6 * 5, design.RunCount);
        foreach (var t in design.Trajectories)
        {
            Assert.Equal(Enumerable.Range(0, 4), t.Changed.Order());
            for (var s = 0; s < 4; s++)
            {
                for (var j = 0; j < 4; j++)
                {
                    var step = t.Points[s + 1][j] - t.Points[s][j];
                    Assert.Equal(j == t.Changed[s] ? 2.0 / 3.0 : 0, Math.Abs(step), 12);
                }
            }

            foreach (var coordinate in t.Points.SelectMany(p => p))
            {
                Assert.InRange(coordinate, -1e-12, 1 + 1e-12);
                Assert.Equal(0, Math.Abs(coordinate * 3 - Math.Round(coordinate * 3)), 12);
            }
        }
    }

    [Fact]
    public void The_chosen_trajectories_are_the_most_spread_out_combination_of_the_candidates()
    {
        // C(10, 4) = 210 combinations: small enough to check Campolongo's criterion against every one.
        var design = MorrisDesign.Create(Ranges, trajectories: 4, candidates: 10, seed: 5);
        var candidates = MorrisDesign.Create(Ranges, trajectories: 10, candidates: 10, seed: 5).Trajectories;
        var squared = new double[10, 10];
        for (var i = 0; i < 10; i++)
        {
            for (var j = 0; j < 10; j++)
            {
                squared[i, j] = Math.Pow(candidates[i].DistanceTo(candidates[j]), 2);
            }
        }

        var chosen = design.Trajectories.Select(t => Enumerable.Range(0, 10).Single(i => SamePoints(candidates[i], t))).ToArray();
        var best = Combinations(10, 4).Max(c => TrajectorySelection.Spread(squared, c));

        Assert.Equal(best, TrajectorySelection.Spread(squared, chosen), 9);
    }

    [Fact]
    public void The_greedy_selection_spreads_the_trajectories_more_than_taking_the_first_candidates()
    {
        var candidates = MorrisDesign.Create(Ranges, trajectories: 300, candidates: 300, seed: 9).Trajectories;
        var squared = new double[300, 300];
        for (var i = 0; i < 300; i++)
        {
            for (var j = 0; j < 300; j++)
            {
                squared[i, j] = Math.Pow(candidates[i].DistanceTo(candidates[j]), 2);
            }
        }

        var chosen = TrajectorySelection.Select(candidates, 20);

        Assert.Equal(20, chosen.Distinct().Count());
        Assert.True(TrajectorySelection.Spread(squared, chosen) > 1.1 * TrajectorySelection.Spread(squared, Enumerable.Range(0, 20).ToArray()));
    }

    [Fact]
    public void Odd_levels_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MorrisDesign.Create(Ranges, 4, 10, seed: 1, levels: 5));

    private static bool SamePoints(MorrisTrajectory a, MorrisTrajectory b) =>
        a.Points.SelectMany(p => p).SequenceEqual(b.Points.SelectMany(p => p));

    private static IEnumerable<int[]> Combinations(int n, int k)
    {
        if (k == 0)
        {
            yield return [];
            yield break;
        }

        for (var first = 0; first <= n - k; first++)
        {
            foreach (var rest in Combinations(n - first - 1, k - 1))
            {
                yield return [first, .. rest.Select(r => r + first + 1)];
            }
        }
    }
}
