using NetworkSim.Analysis.Intervals;
using NetworkSim.Analysis.Randomness;

namespace NetworkSim.Analysis.Tests.Intervals;

/// <summary>
/// How often a nominal 95 % interval of a paired mean difference covers the true difference: repeated samples of n
/// pairs from a case whose true difference is known, every method on the same samples and the same resamples.
/// </summary>
internal static class CoverageStudy
{
    public const int Repeats = 2_000;
    public const int Resamples = 499;

    public static readonly IntervalMethod[] Methods = [IntervalMethod.StudentT, IntervalMethod.PercentileBootstrap, IntervalMethod.Bca, IntervalMethod.BootstrapT];

    /// <summary>A distribution of paired differences with its true mean: draw(seed, repeat, pair) gives one difference.</summary>
    public sealed record Case(string Name, double TrueDifference, Func<ulong, long, long, double> Draw);

    public static readonly Case[] Cases =
    [
        new("normal: d ~ N(0.3, 1)", 0.3, (s, r, i) => 0.3 + SeededRandom.Normal(s, RandomStream.Simulation, r, i)),
        new("skewed: d ~ Exp(1) − 0.5 (skewness 2)", 0.5, (s, r, i) => -Math.Log(SeededRandom.OpenUniform(s, RandomStream.Simulation, r, i)) - 0.5),
        new("skewed: d ~ lognormal(0, 0.5) − 1 (skewness 1.75)", Math.Exp(0.125) - 1, (s, r, i) => Math.Exp(0.5 * SeededRandom.Normal(s, RandomStream.Simulation, r, i)) - 1),
        new("share near 0: 50 schools, 5 % vs 3 %, common random numbers", 0.02, ShareNearZero),
    ];

    /// <summary>Coverage of each method, in <see cref="Methods"/>' order.</summary>
    public static double[] Coverage(Case c, int n, ulong seed)
    {
        var covered = new int[Methods.Length];
        var values = new double[n];
        for (var r = 0; r < Repeats; r++)
        {
            for (var i = 0; i < n; i++)
            {
                values[i] = c.Draw(seed, r, i);
            }

            var bootstrap = BootstrapMeans.Draw(values, Resamples, seed + (ulong)r);
            for (var m = 0; m < Methods.Length; m++)
            {
                var interval = Methods[m] == IntervalMethod.StudentT
                    ? PairedMeanInterval.StudentT(values, 0.95)
                    : PairedMeanInterval.FromBootstrap(Methods[m], values, bootstrap, 0.95);
                covered[m] += interval.Contains(c.TrueDifference) ? 1 : 0;
            }
        }

        return covered.Select(k => k / (double)Repeats).ToArray();
    }

    /// <summary>Adoption in 50 schools under two designs with the same uniform per school: A adopts below 0.05, B below 0.03.</summary>
    private static double ShareNearZero(ulong seed, long repeat, long pair)
    {
        var difference = 0;
        for (var school = 0; school < 50; school++)
        {
            var u = SeededRandom.Uniform(seed, RandomStream.Simulation, repeat, pair, school + 1);
            difference += (u < 0.05 ? 1 : 0) - (u < 0.03 ? 1 : 0);
        }

        return difference / 50.0;
    }
}
