using NetworkSim.Analysis.Designs;
using NetworkSim.Analysis.Sensitivity;

namespace NetworkSim.Analysis.Tests.Sensitivity;

public sealed class MorrisAnalysisTests
{
    [Fact]
    public void A_linear_function_has_mu_star_equal_to_its_coefficient_times_the_range_and_no_spread()
    {
        ParameterRange[] ranges = [new("a", 0, 1), new("b", -2, 3), new("c", 10, 10.5)];
        double[] coefficients = [2, -0.5, 8];
        var design = MorrisDesign.Create(ranges, trajectories: 10, candidates: 40, seed: 3);
        var outputs = design.Runs().Select(x => 1 + x.Select((v, i) => coefficients[i] * v).Sum()).ToArray();

        var indices = MorrisAnalysis.Analyse(design, outputs, seed: 1);

        for (var i = 0; i < 3; i++)
        {
            var expected = Math.Abs(coefficients[i]) * ranges[i].Width;
            Assert.Equal(expected, indices[i].MuStar, 10);
            Assert.Equal(coefficients[i] * ranges[i].Width, indices[i].Mu, 10);
            Assert.Equal(0, indices[i].Sigma, 10);
        }
    }

    [Fact]
    public void On_ishigami_x1_and_x2_rank_above_x3_and_x3_acts_only_through_its_interaction()
    {
        // Four levels, Δ = 2/3: x2 steps between −π and π/3 or −π/3 and π, where 7 sin² x2 changes by ±5.25, so every
        // elementary effect of x2 is ±7.875 exactly. x1's effect is 1.299 (1 + 0.1 x3⁴) (1.455 or 13.95), x3's is
        // 14.43 sin x1 (0 or ±12.50): x3 matters only through its interaction with x1, so σ(x3) is large.
        var design = MorrisDesign.Create(TestFunctions.IshigamiRanges, trajectories: 100, candidates: 500, seed: 2026);
        var outputs = design.Runs().Select(TestFunctions.Ishigami).ToArray();

        var indices = MorrisAnalysis.Analyse(design, outputs, seed: 1);
        var (x1, x2, x3) = (indices[0], indices[1], indices[2]);

        Assert.Equal(7.875, x2.MuStar, 9);
        Assert.True(x1.MuStar > x3.MuStar, $"μ*(x1) = {x1.MuStar} should exceed μ*(x3) = {x3.MuStar}");
        Assert.True(x2.MuStar > x3.MuStar, $"μ*(x2) = {x2.MuStar} should exceed μ*(x3) = {x3.MuStar}");
        Assert.True(x3.Sigma >= x3.MuStar * 0.9, $"σ(x3) = {x3.Sigma}, μ*(x3) = {x3.MuStar}");
        Assert.True(Math.Abs(x2.Mu) < x2.MuStar, "x2's effects change sign, so |μ| < μ*");
    }

    [Fact]
    public void On_unselected_random_trajectories_ishigami_mu_star_intervals_cover_the_grid_averages()
    {
        // With every candidate kept (no spread selection) the grid levels are equally likely, so μ*(x1) averages
        // 1.299 (1 + 0.1 (π⁴ + (π/3)⁴) / 2) = 7.70 and μ*(x3) averages 12.50 · 2/4 = 6.25 (sin x1 ≠ 0 on half the levels).
        var design = MorrisDesign.Create(TestFunctions.IshigamiRanges, trajectories: 200, candidates: 200, seed: 2026);
        var outputs = design.Runs().Select(TestFunctions.Ishigami).ToArray();
        var sin60 = Math.Sin(Math.PI / 3);
        var expectedX1 = sin60 / (2.0 / 3) * (1 + 0.1 * (Math.Pow(Math.PI, 4) + Math.Pow(Math.PI / 3, 4)) / 2);
        var expectedX3 = 0.5 * sin60 * 0.1 * (Math.Pow(Math.PI, 4) - Math.Pow(Math.PI / 3, 4)) / (2.0 / 3);

        var indices = MorrisAnalysis.Analyse(design, outputs, seed: 1);

        Assert.True(indices[0].MuStarInterval.Contains(expectedX1), $"μ*(x1) = {indices[0].MuStar} {indices[0].MuStarInterval}, expected {expectedX1}");
        Assert.True(indices[2].MuStarInterval.Contains(expectedX3), $"μ*(x3) = {indices[2].MuStar} {indices[2].MuStarInterval}, expected {expectedX3}");
        Assert.Equal(7.875, indices[1].MuStar, 9);
    }

    [Fact]
    public void The_outputs_must_match_the_runs_of_the_design()
    {
        var design = MorrisDesign.Create(TestFunctions.IshigamiRanges, 4, 8, seed: 1);
        Assert.Throws<ArgumentException>(() => MorrisAnalysis.Analyse(design, new double[design.RunCount - 1], seed: 1));
    }
}
