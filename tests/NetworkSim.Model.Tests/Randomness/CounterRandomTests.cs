using NetworkSim.Model.Randomness;

namespace NetworkSim.Model.Tests.Randomness;

public class CounterRandomTests
{
    [Fact]
    public void A_draw_is_a_pure_function_of_its_key()
    {
        Assert.Equal(CounterRandom.Uniform(5, Purpose.Adoption, 17, 2, 9), CounterRandom.Uniform(5, Purpose.Adoption, 17, 2, 9));
        Assert.NotEqual(CounterRandom.Uniform(5, Purpose.Adoption, 17, 2, 9), CounterRandom.Uniform(5, Purpose.Adoption, 17, 2, 10));
        Assert.NotEqual(CounterRandom.Uniform(5, Purpose.Adoption, 17, 2, 9), CounterRandom.Uniform(5, Purpose.Discontinuance, 17, 2, 9));
        Assert.NotEqual(CounterRandom.Uniform(5, Purpose.Adoption, 17, 2, 9), CounterRandom.Uniform(6, Purpose.Adoption, 17, 2, 9));
    }

    [Fact]
    public void Both_ends_of_a_tie_see_the_same_pair_draw()
    {
        Assert.Equal(CounterRandom.PairUniform(3, Purpose.Interaction, 4, 90, 7), CounterRandom.PairUniform(3, Purpose.Interaction, 90, 4, 7));
    }

    [Fact]
    public void Uniform_draws_are_uniform_within_sampling_error()
    {
        // 100,000 draws: mean within 5 standard errors of 1/2 (se = 1/sqrt(12 n) ~ 0.0009), and each decile within 5 %.
        const int n = 100_000;
        var deciles = new int[10];
        double sum = 0;
        for (var i = 0; i < n; i++)
        {
            var u = CounterRandom.Uniform(42, Purpose.Adoption, i, 0, 3);
            Assert.InRange(u, 0, 0.9999999999);
            sum += u;
            deciles[(int)(u * 10)]++;
        }

        Assert.InRange(sum / n, 0.5 - 0.0046, 0.5 + 0.0046);
        Assert.All(deciles, d => Assert.InRange(d, n / 10 * 0.95, n / 10 * 1.05));
    }

    [Fact]
    public void Normal_draws_have_mean_zero_and_unit_variance_within_sampling_error()
    {
        const int n = 50_000;
        var values = Enumerable.Range(0, n).Select(i => CounterRandom.Normal(1, Purpose.Support, i)).ToArray();
        var mean = values.Average();
        var variance = values.Sum(v => (v - mean) * (v - mean)) / (n - 1);
        Assert.InRange(mean, -0.025, 0.025);
        Assert.InRange(variance, 0.97, 1.03);
    }

    [Fact]
    public void Replicates_get_different_seeds_from_one_scenario_seed()
    {
        var seeds = Enumerable.Range(0, 1000).Select(r => CounterRandom.ReplicateSeed(1, r)).ToHashSet();
        Assert.Equal(1000, seeds.Count);
    }
}
