using NetworkSim.Analysis.Numerics;

namespace NetworkSim.Analysis.Intervals;

/// <summary>Wilson's (1927) score interval of a proportion: stays inside [0, 1] and keeps its coverage near 0 and 1.</summary>
internal static class WilsonInterval
{
    /// <summary>
    /// The interval of a share <paramref name="successes"/> / <paramref name="trials"/>; successes may be fractional
    /// (a tie shared between designs counts as a fraction of a success).
    /// </summary>
    public static Interval Of(double successes, int trials, double level = 0.95)
    {
        if (trials < 1 || successes < 0 || successes > trials)
        {
            throw new ArgumentOutOfRangeException(nameof(successes), $"A share needs 0 ≤ successes ≤ trials and trials ≥ 1; {successes} of {trials} was given.");
        }

        var z = NormalDistribution.Quantile(1 - (1 - level) / 2);
        var p = successes / trials;
        var z2n = z * z / trials;
        var centre = (p + z2n / 2) / (1 + z2n);
        var half = z * Math.Sqrt(p * (1 - p) / trials + z2n / (4 * trials)) / (1 + z2n);
        return new Interval(Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
