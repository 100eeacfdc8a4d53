using NetworkSim.Runner.Comparisons;

namespace NetworkSim.Runner.Tests.Comparisons;

public class PairedDifferenceTests
{
    [Fact]
    public void The_difference_is_the_mean_of_the_paired_differences_and_ties_count_half()
    {
        // Differences b - a: 1, 0, 2, -1. Mean 0.5; b ahead in pairs 1 and 3, tied in pair 2: 2.5 of 4.
        var d = PairedDifference.Of([1, 2, 3, 4], [2, 2, 5, 3]);
        Assert.Equal(0.5, d.Mean);
        Assert.Equal(0.625, d.ShareAhead);
        Assert.Equal(4, d.Pairs);
        Assert.InRange(d.Low, -1, 0.5);
        Assert.InRange(d.High, 0.5, 2);
    }

    [Fact]
    public void The_interval_of_two_pairs_differing_by_0_and_1_is_0_to_1()
    {
        // Resampling two differences {0, 1} gives means 0, 0.5 and 1 with chances 1/4, 1/2, 1/4:
        // the 2.5 % quantile of 10,000 resampled means is 0 and the 97.5 % quantile is 1.
        var d = PairedDifference.Of([3, 5], [3, 6]);
        Assert.Equal((0.5, 0.0, 1.0), (d.Mean, d.Low, d.High));
    }

    [Fact]
    public void A_constant_difference_has_a_zero_width_interval()
    {
        var d = PairedDifference.Of([1, 2, 3], [1.5, 2.5, 3.5]);
        Assert.Equal((0.5, 0.5, 0.5, 1.0), (d.Mean, d.Low, d.High, d.ShareAhead));
    }

    [Fact]
    public void A_pair_with_a_missing_value_is_left_out()
    {
        var d = PairedDifference.Of([1, double.NaN, 3], [2, 5, 3]);
        Assert.Equal((0.5, 2, 0.75), (d.Mean, d.Pairs, d.ShareAhead));
    }
}
