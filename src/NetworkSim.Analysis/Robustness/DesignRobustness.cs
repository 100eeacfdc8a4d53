using NetworkSim.Analysis.Intervals;

namespace NetworkSim.Analysis.Robustness;

/// <summary>
/// How one design fares on one outcome across the same set of worlds as the other designs.
/// </summary>
/// <param name="BestShare">The share of worlds in which this design is best; a tie among t designs gives each 1/t of that world.</param>
/// <param name="BestShareInterval">Wilson 95 % score interval of <paramref name="BestShare"/> over the worlds (tied worlds enter as fractions).</param>
/// <param name="Mean">Mean of the outcome across worlds.</param>
/// <param name="P5">5th percentile across worlds (type 7).</param>
/// <param name="P95">95th percentile across worlds (type 7).</param>
/// <param name="MaxRegret">Largest loss against the best design of the same world, in the outcome's units (0 = never worse than the best).</param>
/// <param name="MeanRegret">Mean of that loss across worlds.</param>
public sealed record DesignRobustness(
    string Design,
    int Worlds,
    double BestShare,
    Interval BestShareInterval,
    double Mean,
    double P5,
    double P95,
    double MaxRegret,
    double MeanRegret);
