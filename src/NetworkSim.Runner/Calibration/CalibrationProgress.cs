namespace NetworkSim.Runner.Calibration;

/// <summary>
/// Where a calibration stands: generation <paramref name="Generation"/> at its tolerance has accepted
/// <paramref name="Accepted"/> of <paramref name="Particles"/> particles in <paramref name="Proposals"/> simulations
/// (generation 0 draws from the prior and accepts every run); <paramref name="Complete"/> once it has them all.
/// </summary>
/// <param name="RunsUsed">Simulations recorded over all generations.</param>
/// <param name="Resumed">Simulations recorded before this session (a resumed calibration).</param>
public sealed record CalibrationProgress(int Generation, double Tolerance, int Accepted, int Particles, long Proposals, long RunsUsed, long Resumed, bool Complete);
