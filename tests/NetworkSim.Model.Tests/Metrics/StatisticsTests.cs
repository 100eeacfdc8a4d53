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
}
