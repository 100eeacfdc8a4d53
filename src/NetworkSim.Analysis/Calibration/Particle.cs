namespace NetworkSim.Analysis.Calibration;

/// <summary>An accepted proposal: its parameters, its distance to the observed data and (once its generation is complete) its normalised importance weight.</summary>
public sealed record Particle(long Proposal, IReadOnlyList<double> Parameters, double Distance, double Weight);
