namespace NetworkSim.Runner.Calibration;

/// <summary>What a row of the observed CSV says besides its shares: its tick, practice, school (-1: the whole network) and sample size (0: everyone).</summary>
internal sealed record ObservedRow(int Tick, int Practice, int School, int SampleSize);
