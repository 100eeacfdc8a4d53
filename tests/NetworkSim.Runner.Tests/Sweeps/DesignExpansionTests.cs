using System.Globalization;
using NetworkSim.Runner.Sweeps;

namespace NetworkSim.Runner.Tests.Sweeps;

public class DesignExpansionTests
{
    private static SweepParameter Values(string key, params string[] values) => new(key, values);

    private static SweepParameter Range(string key, double min, double max, bool integer = false) => new(key, [], min, max, integer);

    [Fact]
    public void A_grid_holds_every_combination_with_the_first_parameter_varying_slowest()
    {
        var points = DesignExpansion.Grid([Values("a", "1", "2"), Values("b", "x", "y", "z")]);
        Assert.Equal(["1 x", "1 y", "1 z", "2 x", "2 y", "2 z"], points.Select(p => string.Join(' ', p.Values)));
        Assert.Equal(Enumerable.Range(0, 6), points.Select(p => p.Index));
    }

    [Fact]
    public void One_at_a_time_starts_at_the_centre_and_moves_one_parameter_at_a_time()
    {
        var points = DesignExpansion.OneAtATime([Values("a", "1", "2", "3"), Values("b", "x", "y")], ["2", "x"]);
        Assert.Equal(["2 x", "1 x", "3 x", "2 y"], points.Select(p => string.Join(' ', p.Values)));
    }

    [Fact]
    public void A_latin_hypercube_hits_each_stratum_of_each_parameter_exactly_once()
    {
        const int samples = 20;
        var parameters = new[] { Range("a", 0, 1), Range("b", 10, 30), Range("c", -1, 1) };
        var points = DesignExpansion.LatinHypercube(parameters, samples, 42);
        Assert.Equal(samples, points.Count);
        for (var j = 0; j < parameters.Length; j++)
        {
            var p = parameters[j];
            var strata = points.Select(x => (int)Math.Floor((double.Parse(x.Values[j], CultureInfo.InvariantCulture) - p.Min) / (p.Max - p.Min) * samples)).Order();
            Assert.Equal(Enumerable.Range(0, samples), strata);
        }
    }

    [Fact]
    public void A_latin_hypercube_pairs_the_strata_differently_for_each_parameter_and_seed()
    {
        var parameters = new[] { Range("a", 0, 1), Range("b", 0, 1) };
        var one = DesignExpansion.LatinHypercube(parameters, 10, 1);
        var again = DesignExpansion.LatinHypercube(parameters, 10, 1);
        var other = DesignExpansion.LatinHypercube(parameters, 10, 2);
        Assert.Equal(one.Select(p => string.Join(' ', p.Values)), again.Select(p => string.Join(' ', p.Values)));
        Assert.NotEqual(one.Select(p => string.Join(' ', p.Values)), other.Select(p => string.Join(' ', p.Values)));
        Assert.NotEqual(one.Select(p => p.Values[0]), one.Select(p => p.Values[1]));
    }

    [Fact]
    public void Whole_number_ranges_give_whole_numbers_covering_both_ends()
    {
        var points = DesignExpansion.LatinHypercube([Range("n", 1, 4, integer: true)], 4, 5);
        Assert.Equal(["1", "2", "3", "4"], points.Select(p => p.Values[0]).Order());
    }

    [Fact]
    public void Random_draws_stay_inside_the_range()
    {
        var points = DesignExpansion.Random([Range("a", 0.2, 0.4)], 50, 9);
        Assert.All(points, p => Assert.InRange(double.Parse(p.Values[0], CultureInfo.InvariantCulture), 0.2, 0.4));
    }
}
