using NetworkSim.Analysis.Intervals;

namespace NetworkSim.Analysis.Calibration;

/// <summary>
/// The weighted posterior of one fitted parameter: mean, median and the 95 % credible interval (the 2.5 and 97.5 %
/// weighted quantiles), the interval within which the parameter lies with 95 % posterior probability.
/// </summary>
public sealed record ParameterPosterior(string Name, double Mean, double Median, double StandardDeviation, Interval Credible95);
