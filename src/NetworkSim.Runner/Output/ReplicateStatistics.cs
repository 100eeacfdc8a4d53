using NetworkSim.Model.Metrics;

namespace NetworkSim.Runner.Output;

/// <summary>A quantity measured once per replicate, summarised: mean with its 95 % confidence interval, and the spread.</summary>
public sealed record Interval(double Mean, double Sd, double Ci95Low, double Ci95High, double P2_5, double P97_5, int N)
{
    public static Interval Of(IReadOnlyList<double> values)
    {
        var mean = Statistics.Mean(values);
        var half = Statistics.ConfidenceHalfWidth(values);
        return new Interval(mean, Statistics.StandardDeviation(values), mean - half, mean + half,
            Statistics.Quantile(values, 0.025), Statistics.Quantile(values, 0.975), values.Count);
    }
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
    IReadOnlyList<TimeToLevel> TimeTo);

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
