using NetworkSim.Runner.Comparisons;

namespace NetworkSim.Runner.Tests.Comparisons;

public class PairedDifferenceTests
{
    private static readonly (double, double) Counts = (0, double.PositiveInfinity);

    [Fact]
    public void The_difference_is_the_mean_of_the_paired_differences_and_ties_count_half()
    {
        // Differences b - a: 1, 0, 2, -1. Mean 0.5; b ahead in pairs 1 and 3, tied in pair 2: 2.5 of 4.
        var d = PairedDifference.Of([1, 2, 3, 4], [2, 2, 5, 3], Counts);
        Assert.Equal(0.5, d.Mean);
        Assert.Equal(0.625, d.ShareAhead);
        Assert.Equal(4, d.Pairs);
        // Four differences say little: the bootstrap-t interval (docs/analysis.md) is wider than Student-t's 0.5 ± 3.18 × 0.65.
        Assert.InRange(d.Low, -2.5, -1);
        Assert.InRange(d.High, 2.5, 4);
    }

    [Fact]
    public void The_interval_of_two_pairs_of_shares_differing_by_0_and_1_is_held_inside_minus_1_to_1()
    {
        // Half the resamples of two differences {0, 1} repeat one value: the bootstrap-t falls back to Student-t,
        // 0.5 ± 12.7 × 0.5, and a difference of two shares can only lie between -1 and 1.
        var d = PairedDifference.Of([0, 0], [0, 1], (0, 1));
        Assert.Equal((0.5, -1.0, 1.0), (d.Mean, d.Low, d.High));
    }

    [Fact]
    public void A_constant_difference_has_a_zero_width_interval()
    {
        var d = PairedDifference.Of([1, 2, 3], [1.5, 2.5, 3.5], Counts);
        Assert.Equal((0.5, 0.5, 0.5, 1.0), (d.Mean, d.Low, d.High, d.ShareAhead));
    }

    [Fact]
    public void A_pair_with_a_missing_value_is_left_out()
    {
        var d = PairedDifference.Of([1, double.NaN, 3], [2, 5, 3], Counts);
        Assert.Equal((0.5, 2, 0.75), (d.Mean, d.Pairs, d.ShareAhead));
    }
}
