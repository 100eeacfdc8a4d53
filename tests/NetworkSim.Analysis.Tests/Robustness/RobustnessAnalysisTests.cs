using NetworkSim.Analysis.Intervals;
using NetworkSim.Analysis.Robustness;

namespace NetworkSim.Analysis.Tests.Robustness;

public sealed class RobustnessAnalysisTests
{
    [Theory]
    [InlineData(Goal.Maximise)]
    [InlineData(Goal.Minimise)]
    public void A_design_compared_with_a_copy_of_itself_is_best_in_half_the_worlds_with_no_regret(Goal goal)
    {
        var worlds = Enumerable.Range(0, 200).Select(w => (IReadOnlyList<double>)[0.3 + 0.002 * w, 0.3 + 0.002 * w]).ToArray();

        var result = RobustnessAnalysis.Analyse(["A", "A copy"], worlds, goal);

        Assert.All(result, d =>
        {
            Assert.Equal(0.5, d.BestShare);
            Assert.Equal(0, d.MaxRegret);
            Assert.Equal(0, d.MeanRegret);
            Assert.True(d.BestShareInterval.Contains(0.5));
        });
    }

    [Fact]
    public void Shares_regrets_and_percentiles_follow_from_the_worlds()
    {
        // Four worlds; A is better in worlds 0 and 1, B in 2, they tie in 3.
        IReadOnlyList<double>[] worlds = [[0.6, 0.5], [0.7, 0.4], [0.2, 0.5], [0.3, 0.3]];

        var result = RobustnessAnalysis.Analyse(["A", "B"], worlds, Goal.Maximise);
        var (a, b) = (result[0], result[1]);

        Assert.Equal(2.5 / 4, a.BestShare);
        Assert.Equal(1.5 / 4, b.BestShare);
        Assert.Equal(0.3, a.MaxRegret, 12);
        Assert.Equal(0.3 / 4, a.MeanRegret, 12);
        Assert.Equal(0.3, b.MaxRegret, 12);
        Assert.Equal((0.1 + 0.3) / 4, b.MeanRegret, 12);
        Assert.Equal(0.45, a.Mean, 12);
        Assert.Equal(0.2 + 0.15 * 0.1, a.P5, 12);
        Assert.Equal(0.6 + 0.85 * 0.1, a.P95, 12);
    }

    [Fact]
    public void When_less_is_better_the_lowest_value_wins_and_regret_is_the_excess_over_it()
    {
        IReadOnlyList<double>[] worlds = [[10, 12], [15, 11]];

        var result = RobustnessAnalysis.Analyse(["A", "B"], worlds, Goal.Minimise);

        Assert.Equal(0.5, result[0].BestShare);
        Assert.Equal(4, result[0].MaxRegret);
        Assert.Equal(2, result[1].MaxRegret);
        Assert.Equal(1, result[1].MeanRegret);
    }

    [Fact]
    public void The_share_interval_is_wilsons_score_interval()
    {
        // 78 of 100: Wilson 95 % interval [0.68930, 0.84999] (Newcombe 1998's method 3; the formula evaluated in Python).
        var interval = WilsonInterval.Of(78, 100);

        Assert.Equal(0.68930, interval.Low, 5);
        Assert.Equal(0.84999, interval.High, 5);
    }

    [Fact]
    public void A_world_with_a_missing_value_is_refused()
    {
        IReadOnlyList<double>[] worlds = [[1, double.NaN]];
        var error = Assert.Throws<ArgumentException>(() => RobustnessAnalysis.Analyse(["A", "B"], worlds, Goal.Maximise));
        Assert.Contains("World 0", error.Message);
    }
}
