using NetworkSim.Analysis.Numerics;

namespace NetworkSim.Analysis.Tests.Numerics;

public sealed class DistributionTests
{
    // Reference values printed by scipy 1.10.1 (scipy.stats.norm / scipy.stats.t).
    [Theory]
    [InlineData(0.975, 1.959963984540054)]
    [InlineData(0.001, -3.090232306167813)]
    [InlineData(1e-10, -6.361340902404056)]
    [InlineData(0.3, -0.5244005127080409)]
    [InlineData(0.9999, 3.719016485455709)]
    public void The_normal_quantile_matches_scipy_to_1e_13(double p, double expected) =>
        Assert.Equal(expected, NormalDistribution.Quantile(p), 1e-13);

    [Theory]
    [InlineData(1.96, 0.9750021048517795)]
    [InlineData(-3.5, 0.00023262907903552502)]
    [InlineData(0.3, 0.6179114221889526)]
    [InlineData(-8, 6.22096057427174e-16)]
    public void The_normal_distribution_function_matches_scipy_in_relative_terms(double x, double expected) =>
        Assert.Equal(1, NormalDistribution.Cdf(x) / expected, 1e-12);

    [Theory]
    [InlineData(1, 12.706204736432095)]
    [InlineData(4, 2.7764451051977987)]
    [InlineData(9, 2.2621571627409915)]
    [InlineData(19, 2.093024054408263)]
    [InlineData(100, 1.9839715184496334)]
    public void The_student_t_quantile_matches_scipy_to_a_relative_1e_10(int df, double expected) =>
        Assert.Equal(1, StudentT.Quantile(0.975, df) / expected, 1e-10);

    [Fact]
    public void The_student_t_distribution_function_matches_scipy_in_the_lower_tail() =>
        Assert.Equal(0.020496109292876437, StudentT.Cdf(-2.5, 7), 1e-14);

    [Fact]
    public void A_weighted_quantile_with_equal_weights_is_hazens_quantile()
    {
        double[] values = [4, 1, 3, 2];
        double[] equal = [1, 1, 1, 1];
        Assert.Equal(2.5, Quantiles.Weighted(values, equal, 0.5), 12);
        Assert.Equal(1, Quantiles.Weighted(values, equal, 0.05));
        Assert.Equal(1.5, Quantiles.Weighted(values, equal, 0.25), 12);
    }

    [Fact]
    public void A_weighted_quantile_follows_the_weight()
    {
        double[] values = [0, 1];
        Assert.Equal(1, Quantiles.Weighted(values, [0.1, 0.9], 0.6));
        Assert.Equal(0, Quantiles.Weighted(values, [0.9, 0.1], 0.4));
    }
}
