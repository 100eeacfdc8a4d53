using NetworkSim.Analysis.Intervals;

namespace NetworkSim.Analysis.Sensitivity;

/// <summary>
/// Sobol' indices of one parameter: the first-order index S1 (the share of the output's variance explained by this
/// parameter alone) and the total index ST (its share including every interaction). ST − S1 is the part that comes
/// from interactions; ST ≈ 0 means the parameter can be fixed anywhere in its range.
/// </summary>
/// <param name="FirstInterval">Bootstrap percentile 95 % interval of S1 (resampling the rows of A, B and A_B^i together).</param>
/// <param name="TotalInterval">Bootstrap percentile 95 % interval of ST.</param>
public sealed record SobolIndices(string Name, double First, Interval FirstInterval, double Total, Interval TotalInterval);
