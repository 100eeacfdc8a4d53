using NetworkSim.Model.Metrics;

namespace NetworkSim.Runner.Comparisons;

/// <summary>
/// The difference between two designs run on the same replicate seeds: the mean of the per-replicate differences
/// (b − a) with its 95 % interval (<see cref="Statistics.BootstrapMeanInterval"/>), and the
/// share of the paired replicates in which b came out ahead of a (ties count half).
/// </summary>
public sealed record PairedDifference(double Mean, double Low, double High, double ShareAhead, int Pairs)
{
    /// <summary>Pairs where either value is missing (a level never reached) are left out.</summary>
    /// <param name="a">The first design's values, one per replicate.</param>
    /// <param name="b">The other design's, replicate by replicate on the same seeds.</param>
    /// <param name="range">The range one value can take: a difference lies within ± its width, and its interval is held there.</param>
    public static PairedDifference Of(IReadOnlyList<double> a, IReadOnlyList<double> b, (double Lowest, double Highest) range)
    {
        var differences = new List<double>();
        var ahead = 0.0;
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            if (double.IsNaN(a[i]) || double.IsNaN(b[i]))
            {
                continue;
            }

            differences.Add(b[i] - a[i]);
            ahead += b[i] > a[i] ? 1 : b[i] == a[i] ? 0.5 : 0;
        }

        if (differences.Count == 0)
        {
            return new PairedDifference(double.NaN, double.NaN, double.NaN, double.NaN, 0);
        }

        var width = range.Highest - range.Lowest;
        var (low, high) = Statistics.BootstrapMeanInterval(differences, -width, width);
        return new PairedDifference(Statistics.Mean(differences), low, high, ahead / differences.Count, differences.Count);
    }
}
