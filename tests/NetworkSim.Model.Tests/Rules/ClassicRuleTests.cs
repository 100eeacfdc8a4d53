using NetworkSim.Model.RuleSets.Classic;

namespace NetworkSim.Model.Tests.Rules;

public class ClassicRuleTests
{
    [Fact]
    public void The_bass_recursion_starts_at_p_and_its_closed_form_peaks_at_ln_q_over_p_over_p_plus_q()
    {
        var f = BassRule.Recursion(0.03, 0.38, 0, 3);
        Assert.Equal(0.03, f[1], 12);
        Assert.Equal(0.03 + (0.03 + 0.38 * 0.03) * 0.97, f[2], 12);
        Assert.Equal(6.19, BassRule.PeakTime(0.03, 0.38), 2);
        Assert.Equal(0, BassRule.ClosedForm(0.03, 0.38, 0), 12);
    }

    [Theory]
    [InlineData(1.5, 0.583)]
    [InlineData(2.0, 0.797)]
    [InlineData(3.0, 0.9405)]
    [InlineData(0.9, 0.0)]
    public void The_cascade_final_size_solves_s_equals_one_minus_exp_of_minus_r0_s(double r0, double expected)
    {
        Assert.Equal(expected, CascadeRule.FinalSize(r0), expected > 0.94 ? 4 : 3);
    }

    [Fact]
    public void A_threshold_counts_a_share_of_neighbours_or_an_absolute_number()
    {
        Assert.False(ThresholdRule.Adopts(adopters: 1, degree: 6, threshold: 0.18, count: 0));
        Assert.True(ThresholdRule.Adopts(adopters: 2, degree: 6, threshold: 0.18, count: 0));
        Assert.True(ThresholdRule.Adopts(adopters: 2, degree: 60, threshold: 0.5, count: 2));
        Assert.False(ThresholdRule.Adopts(adopters: 0, degree: 0, threshold: 0, count: 0));
        Assert.Equal(0.28, ThresholdRule.ThresholdOf(0.18, 0.1, 1.0), 12);
    }

    [Fact]
    public void Bounded_confidence_moves_only_opinions_closer_than_epsilon()
    {
        Assert.Equal(0.05, BoundedConfidenceRule.Shift(0.4, 0.5, confidence: 0.2, convergence: 0.5), 12);
        Assert.Equal(0, BoundedConfidenceRule.Shift(0.1, 0.5, confidence: 0.2, convergence: 0.5));
        Assert.Equal(3, BoundedConfidenceRule.Clusters([0, 4, 2, 0, 0, 1, 0, 5]));
    }
}
