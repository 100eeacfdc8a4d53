namespace NetworkSim.Runner.Calibration;

/// <summary>
/// The posterior predictive band of one observed series (a column, for a practice, of the network or one school):
/// at every tick from 0 the median and the 2.5–97.5 % range of the share over the posterior worlds, each run once.
/// </summary>
internal sealed record PredictiveSeries(ObservedColumn Column, int Practice, int School, string Label, double[] Median, double[] Low, double[] High);
