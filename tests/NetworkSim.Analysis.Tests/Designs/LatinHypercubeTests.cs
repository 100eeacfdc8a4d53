using NetworkSim.Analysis.Designs;

namespace NetworkSim.Analysis.Tests.Designs;

public sealed class LatinHypercubeTests
{
    [Theory]
    [InlineData(1, 3)]
    [InlineData(10, 5)]
    [InlineData(200, 12)]
    public void Every_stratum_of_every_parameter_is_hit_exactly_once(int points, int dimensions)
    {
        var sample = LatinHypercube.UnitSample(points, dimensions, seed: 42);

        Assert.Equal(points, sample.Length);
        for (var j = 0; j < dimensions; j++)
        {
            var strata = sample.Select(row => (int)Math.Floor(row[j] * points)).Order().ToArray();
            Assert.Equal(Enumerable.Range(0, points), strata);
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_sample_and_another_seed_another()
    {
        var a = LatinHypercube.UnitSample(50, 4, seed: 7);
        var b = LatinHypercube.UnitSample(50, 4, seed: 7);
        var c = LatinHypercube.UnitSample(50, 4, seed: 8);

        Assert.Equal(a.SelectMany(r => r), b.SelectMany(r => r));
        Assert.NotEqual(a.SelectMany(r => r), c.SelectMany(r => r));
    }

    [Fact]
    public void A_scaled_sample_keeps_one_point_per_stratum_of_each_range()
    {
        ParameterRange[] ranges = [new("trust.growth", 0.01, 0.09), new("school.time_away", 0.2, 0.8)];

        var sample = LatinHypercube.Sample(ranges, 20, seed: 3);

        for (var j = 0; j < ranges.Length; j++)
        {
            var strata = sample.Select(row => (int)Math.Floor((row[j] - ranges[j].Low) / ranges[j].Width * 20)).Order();
            Assert.Equal(Enumerable.Range(0, 20), strata);
        }
    }

    [Fact]
    public void A_range_with_low_not_below_high_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new ParameterRange("trust.growth", 0.5, 0.5));
        Assert.Contains("trust.growth", error.Message);
    }
}
