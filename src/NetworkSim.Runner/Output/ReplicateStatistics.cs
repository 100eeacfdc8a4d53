using System.Globalization;
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

/// <summary>
/// Whether mean adoption was still climbing when the run ended: it rose by more than
/// <see cref="ResultsSummary.StillRisingAbove"/> over the last <paramref name="OverTicks"/> ticks (10 % of the run).
/// A "final" level quoted from such a run is where it stopped, not where it settles.
/// </summary>
public sealed record EndTrend(bool StillRising, double Rise, int OverTicks)
{
    /// <summary>The sentence that goes next to a "final" figure of a run that ended while adoption was still climbing.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"still rising at the end: +{Rise * 100:0.0} points over the last {OverTicks} ticks; run longer for the level it settles at");
}

/// <summary>Ticks until adoption first reached a level, over the replicates that reached it.</summary>
public sealed record TimeToLevel(double Level, int Reached, int Replicates, double? Median, double? Min, double? Max);

/// <summary>One practice's headline results across replicates.</summary>
public sealed record PracticeSummary(
    string Name,
    Interval FinalAdoption,
    Interval FinalInNetwork,
    Interval FinalBackHome,
    Interval SchoolsInstitutionalised,
    IReadOnlyList<TimeToLevel> TimeTo,
    EndTrend AtEnd);

/// <summary>Per-tick replicate bands of one series: mean and the 2.5–97.5 % range across replicates.</summary>
public sealed record Band(double[] Ticks, double[] Mean, double[] Low, double[] High)
{
    public static Band Of(IReadOnlyList<IReadOnlyList<TickMetrics>> replicates, Func<TickMetrics, double> value)
    {
        var length = replicates.Min(r => r.Count);
        var ticks = new double[length];
        var mean = new double[length];
        var low = new double[length];
        var high = new double[length];
        for (var t = 0; t < length; t++)
        {
            var values = replicates.Select(r => value(r[t])).ToArray();
            ticks[t] = replicates[0][t].Tick;
            mean[t] = Statistics.Mean(values);
            low[t] = Statistics.Quantile(values, 0.025);
            high[t] = Statistics.Quantile(values, 0.975);
        }

        return new Band(ticks, mean, low, high);
    }
}
