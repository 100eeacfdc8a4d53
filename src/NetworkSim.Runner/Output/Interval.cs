using NetworkSim.Model.Metrics;

namespace NetworkSim.Runner.Output;

/// <summary>
/// A quantity measured once per replicate, summarised: the mean with its 95 % confidence interval, named in
/// <see cref="Ci95Method"/>, and the spread of the replicates (sd, 2.5–97.5 % range).
/// </summary>
public sealed record Interval(double Mean, double Sd, double Ci95Low, double Ci95High, string Ci95Method, double P2_5, double P97_5, int N)
{
    /// <param name="values">One value per replicate.</param>
    /// <param name="lowest">The smallest value the mean can take (0 for a share or a count).</param>
    /// <param name="highest">The largest (1 for a share; unbounded for a count).</param>
    public static Interval Of(IReadOnlyList<double> values, double lowest, double highest)
    {
        var (low, high) = Statistics.BootstrapMeanInterval(values, lowest, highest);
        return new Interval(Statistics.Mean(values), Statistics.StandardDeviation(values), low, high, Statistics.BootstrapMethod,
            Statistics.Quantile(values, 0.025), Statistics.Quantile(values, 0.975), values.Count);
    }
}
