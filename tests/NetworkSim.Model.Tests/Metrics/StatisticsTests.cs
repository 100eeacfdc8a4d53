using NetworkSim.Model.Metrics;

namespace NetworkSim.Model.Tests.Metrics;

public class StatisticsTests
{
    [Fact]
    public void Quantiles_interpolate_between_order_statistics_like_r_type_7()
    {
        double[] values = [4, 1, 3, 2];
        Assert.Equal(2.5, Statistics.Quantile(values, 0.5), 12);
        Assert.Equal(1.075, Statistics.Quantile(values, 0.025), 12);
        Assert.Equal(4, Statistics.Quantile(values, 1), 12);
    }

    [Fact]
    public void Gini_is_zero_for_equal_shares_and_near_one_when_one_has_all()
    {
        Assert.Equal(0, Statistics.Gini([0.3, 0.3, 0.3, 0.3]), 12);
        Assert.Equal(0.75, Statistics.Gini([0, 0, 0, 1]), 12);
    }

    [Fact]
    public void The_confidence_interval_uses_students_t()
    {
        Assert.Equal(2.262, Statistics.StudentT975(9), 3);
        Assert.InRange(Statistics.StudentT975(1000), 1.96, 1.963);
        double[] values = [1, 2, 3, 4, 5];
        Assert.Equal(2.776 * Math.Sqrt(2.5) / Math.Sqrt(5), Statistics.ConfidenceHalfWidth(values), 9);
    }

    [Fact]
    public void The_bootstrap_interval_of_shares_near_the_bounds_stays_inside_0_and_1()
    {
        // Ten replicates near 100 %: the t interval of these reaches 100.6 %.
        double[] high = [1, 1, 1, 1, 1, 1, 1, 1, 0.9375, 0.9375];
        double[] low = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0.125];
        foreach (var values in new[] { high, low })
        {
            var (lo, hi) = Statistics.BootstrapMeanInterval(values);
            Assert.InRange(lo, 0, Statistics.Mean(values));
            Assert.InRange(hi, Statistics.Mean(values), 1);
        }

        Assert.True(Statistics.Mean(high) + Statistics.ConfidenceHalfWidth(high) > 1, "the t interval this replaces leaves 0-1");
    }

    [Fact]
    public void The_bootstrap_interval_equals_the_hand_computed_percentiles()
    {
        // Resamples of {0, 0, 0, 1} hold k ones, k ~ Binomial(4, 1/4): P(k <= 0) = 0.316, P(k <= 2) = 0.949,
        // P(k <= 3) = 0.996. So the 2.5 % point of the resampled mean is 0 and the 97.5 % point is 3/4
        // (the t interval is -54.6 % to 104.6 %).
        Assert.Equal((0.0, 0.75), Statistics.BootstrapMeanInterval([0, 0, 0, 1]));
        // Resamples of two values: both low with chance 1/4, so the percentiles are the values themselves.
        Assert.Equal((0.2, 0.4), Statistics.BootstrapMeanInterval([0.2, 0.4]));
    }

    [Fact]
    public void The_bootstrap_interval_of_equal_values_or_one_value_is_that_value()
    {
        Assert.Equal((0.6, 0.6), Statistics.BootstrapMeanInterval([0.6]));
        double[] equal = [0.25, 0.25, 0.25, 0.25, 0.25];
        Assert.Equal((0.25, 0.25), Statistics.BootstrapMeanInterval(equal));
        Assert.True(double.IsNaN(Statistics.BootstrapMeanInterval([]).Low));
    }

    [Fact]
    public void The_bootstrap_interval_is_the_same_every_time_and_names_its_method()
    {
        double[] values = [0.81, 0.86, 0.9, 0.92, 0.88, 0.95, 0.84, 0.89, 0.91, 0.87];
        Assert.Equal(Statistics.BootstrapMeanInterval(values), Statistics.BootstrapMeanInterval(values));
        var (lo, hi) = Statistics.BootstrapMeanInterval(values);
        // Close to the normal-theory interval of the mean for well-behaved values (sd 0.0406, n 10).
        Assert.Equal(0.883 - 1.96 * 0.0406 / Math.Sqrt(10), lo, 0.01);
        Assert.Equal(0.883 + 1.96 * 0.0406 / Math.Sqrt(10), hi, 0.01);
        Assert.Equal("bootstrap percentile interval of the mean over replicates, 10,000 resamples, seed 20261125", Statistics.BootstrapMethod);
    }
}
