using NetworkSim.Analysis.Intervals;

namespace NetworkSim.Analysis.Sensitivity;

/// <summary>
/// Morris' measures of one parameter: the mean μ of its elementary effects, the mean of their absolute values μ*
/// (Campolongo et al. 2007; the measure to rank by), and their standard deviation σ (large when the effect depends on
/// the other parameters or is non-linear). Effects are per unit of the parameter's range (Δy / Δx with x in [0, 1]):
/// a linear term c·x over a range of width w has μ* = |c|·w.
/// </summary>
/// <param name="MuStarInterval">Bootstrap percentile 95 % interval of μ* over trajectories.</param>
public sealed record MorrisIndices(string Name, double Mu, double MuStar, double Sigma, Interval MuStarInterval, int Effects);
