using NetworkSim.Model.Metrics;

namespace NetworkSim.Runner.Output;

/// <summary>Per-tick replicate bands of one series: mean and the 2.5–97.5 % range across replicates.</summary>
internal sealed record Band(double[] Ticks, double[] Mean, double[] Low, double[] High)
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
