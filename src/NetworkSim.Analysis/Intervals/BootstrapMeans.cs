using NetworkSim.Analysis.Randomness;

namespace NetworkSim.Analysis.Intervals;

/// <summary>
/// The bootstrap distribution of a mean: B resamples with replacement, each resample's mean and standard deviation.
/// Resample b's draws are keyed on (seed, b, i), so the same values and seed always give the same distribution and
/// several interval methods can share one set of draws.
/// </summary>
internal sealed class BootstrapMeans
{
    private BootstrapMeans(double[] means, double[] deviations)
    {
        Means = means;
        Deviations = deviations;
        Sorted = means.Order().ToArray();
    }

    /// <summary>Each resample's mean, in resample order.</summary>
    public double[] Means { get; }

    /// <summary>Each resample's standard deviation (n − 1), in resample order.</summary>
    public double[] Deviations { get; }

    /// <summary>The resampled means, sorted.</summary>
    public double[] Sorted { get; }

    public static BootstrapMeans Draw(IReadOnlyList<double> values, int resamples, ulong seed)
    {
        if (resamples < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(resamples), "A bootstrap needs at least one resample.");
        }

        var n = values.Count;
        var means = new double[resamples];
        var deviations = new double[resamples];
        for (var b = 0; b < resamples; b++)
        {
            // Welford's update: exact zero spread when a resample repeats one value.
            double mean = 0, squares = 0;
            for (var i = 0; i < n; i++)
            {
                var v = values[SeededRandom.Below(n, seed, RandomStream.Bootstrap, b, i)];
                var delta = v - mean;
                mean += delta / (i + 1);
                squares += delta * (v - mean);
            }

            means[b] = mean;
            deviations[b] = n < 2 ? 0 : Math.Sqrt(Math.Max(0, squares / (n - 1)));
        }

        return new BootstrapMeans(means, deviations);
    }
}
