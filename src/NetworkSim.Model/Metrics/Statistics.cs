using NetworkSim.Model.Randomness;

namespace NetworkSim.Model.Metrics;

/// <summary>Small, dependency-free statistics used for replicate summaries and equity.</summary>
public static class Statistics
{
    /// <summary>Resamples drawn by <see cref="BootstrapMeanInterval"/>.</summary>
    public const int BootstrapResamples = 10_000;

    /// <summary>The fixed seed of <see cref="BootstrapMeanInterval"/>'s draws: the same values always give the same interval.</summary>
    public const ulong BootstrapSeed = 20_261_125;

    /// <summary>How <see cref="BootstrapMeanInterval"/> is computed, in words, for summaries and reports.</summary>
    public static readonly string BootstrapMethod = string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"bootstrap percentile interval of the mean over replicates, {BootstrapResamples:N0} resamples, seed {BootstrapSeed}");

    public static double Mean(IReadOnlyList<double> values) => values.Count == 0 ? double.NaN : values.Sum() / values.Count;

    /// <summary>Sample standard deviation (n - 1).</summary>
    public static double StandardDeviation(IReadOnlyList<double> values)
    {
        if (values.Count < 2)
        {
            return 0;
        }

        var mean = Mean(values);
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
    }

    /// <summary>Quantile by linear interpolation between order statistics (type 7, as R and numpy default).</summary>
    public static double Quantile(IReadOnlyList<double> values, double q)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        var h = (sorted.Length - 1) * q;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /// <summary>Half-width of the 95 % confidence interval of the mean (Student's t).</summary>
    public static double ConfidenceHalfWidth(IReadOnlyList<double> values) =>
        values.Count < 2 ? 0 : StudentT975(values.Count - 1) * StandardDeviation(values) / Math.Sqrt(values.Count);

    /// <summary>
    /// 95 % bootstrap percentile interval of the mean: the 2.5 and 97.5 % quantiles of the means of
    /// <see cref="BootstrapResamples"/> resamples drawn with replacement from <paramref name="values"/>.
    /// </summary>
    /// <remarks>
    /// Every resampled mean lies between the smallest and largest value, so the interval of a share stays inside
    /// 0–1 (a t interval on ten replicates near 100 % does not). The draws are counter-based on a fixed seed, so
    /// the output is deterministic. With few replicates a percentile interval is somewhat narrow: it cannot see
    /// values the replicates never took.
    /// </remarks>
    public static (double Low, double High) BootstrapMeanInterval(IReadOnlyList<double> values)
    {
        var n = values.Count;
        if (n == 0)
        {
            return (double.NaN, double.NaN);
        }

        var means = new double[BootstrapResamples];
        for (var b = 0; b < BootstrapResamples; b++)
        {
            double sum = 0;
            for (var i = 0; i < n; i++)
            {
                sum += values[CounterRandom.Below(n, BootstrapSeed, Purpose.Bootstrap, b, i)];
            }

            means[b] = sum / n;
        }

        return (Quantile(means, 0.025), Quantile(means, 0.975));
    }

    /// <summary>Gini coefficient of non-negative values (0 = equal, towards 1 = concentrated).</summary>
    public static double Gini(IReadOnlyList<double> values)
    {
        var n = values.Count;
        var total = values.Sum();
        if (n == 0 || total <= 0)
        {
            return 0;
        }

        var sorted = values.Order().ToArray();
        double weighted = 0;
        for (var i = 0; i < n; i++)
        {
            weighted += (i + 1) * sorted[i];
        }

        return (2 * weighted) / (n * total) - (n + 1.0) / n;
    }

    /// <summary>The 97.5 % quantile of Student's t with <paramref name="df"/> degrees of freedom.</summary>
    public static double StudentT975(int df)
    {
        double[] table = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042];
        if (df <= 0)
        {
            return double.NaN;
        }

        // Beyond 30 degrees of freedom, the Cornish–Fisher expansion around 1.96 is accurate to 1e-3.
        return df <= table.Length ? table[df - 1] : 1.959964 + 2.37227 / df + 2.82250 / (df * (double)df);
    }
}
