namespace NetworkSim.Analysis.Calibration;

/// <summary>One completed generation: its tolerance, how many proposals it took to accept the population, and the effective sample size of its weights.</summary>
public sealed record GenerationSummary(int Generation, double Tolerance, long Proposals, int Accepted, double AcceptanceRate, double EffectiveSampleSize);
