namespace NetworkSim.Runner.Calibration;

/// <summary>
/// One observed share: at <paramref name="Tick"/>, of <paramref name="Column"/>, for practice <paramref name="Practice"/>
/// (its index in the scenario), of the whole network or of one school (<paramref name="School"/> ≥ 0).
/// </summary>
/// <param name="Line">The line of the observed CSV it was read from.</param>
/// <param name="SampleSize">The survey's sample size n, or 0 when the share counts everyone (a census).</param>
public sealed record ObservedPoint(int Line, int Tick, ObservedColumn Column, int Practice, int School, int SampleSize, double Value);
