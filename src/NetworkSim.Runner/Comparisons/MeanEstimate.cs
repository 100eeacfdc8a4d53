using NetworkSim.Model.Metrics;

namespace NetworkSim.Runner.Comparisons;


/// <summary>A design's mean of an outcome over the replicates that have it, with its 95 % bootstrap percentile interval.</summary>
public sealed record MeanEstimate(double Mean, double Low, double High, int N)
{
    public static MeanEstimate Of(double[] values)
    {
        var present = values.Where(v => !double.IsNaN(v)).ToArray();
        var (low, high) = Statistics.BootstrapMeanInterval(present);
        return new MeanEstimate(Statistics.Mean(present), low, high, present.Length);
    }
}
