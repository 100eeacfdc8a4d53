using NetworkSim.Model.Metrics;

namespace NetworkSim.Runner.Comparisons;


/// <summary>A design's mean of an outcome over the replicates that have it, with its 95 % interval (<see cref="Statistics.BootstrapMeanInterval"/>).</summary>
public sealed record MeanEstimate(double Mean, double Low, double High, int N)
{
    /// <param name="values">One value per replicate, NaN where it has none.</param>
    /// <param name="range">The range the mean can take (<see cref="Sweeps.RunOutcomes.Range"/>), which the interval is held inside.</param>
    public static MeanEstimate Of(double[] values, (double Lowest, double Highest) range)
    {
        var present = values.Where(v => !double.IsNaN(v)).ToArray();
        var (low, high) = Statistics.BootstrapMeanInterval(present, range.Lowest, range.Highest);
        return new MeanEstimate(Statistics.Mean(present), low, high, present.Length);
    }
}
