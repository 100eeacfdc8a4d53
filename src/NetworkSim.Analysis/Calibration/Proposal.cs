namespace NetworkSim.Analysis.Calibration;

/// <summary>
/// A parameter vector to simulate: proposal <see cref="Index"/> of generation <see cref="Generation"/>. It is a pure
/// function of the settings, (generation, index) and the previous population, so it can be evaluated in any order,
/// in parallel, on another machine or again after a restart.
/// </summary>
/// <param name="Parameters">Values in the order of <see cref="AbcSmcSettings.Parameters"/>.</param>
/// <param name="Seed">The seed to run the simulator with: derived from (settings seed, generation, index).</param>
public sealed record Proposal(int Generation, long Index, IReadOnlyList<double> Parameters, ulong Seed);
