using NetworkSim.Runner.Calibration;

namespace NetworkSim.Runner.Validation;

/// <summary>
/// A parameter-recovery study: <paramref name="Truths"/> parameter vectors spread over the prior (a Latin hypercube),
/// each simulated once, observed at every size of data in <paramref name="Sizes"/>, and calibrated back.
/// </summary>
/// <param name="Scenario">The scenario file the study simulates and calibrates.</param>
/// <param name="Fits">The <c>--fit</c> values.</param>
/// <param name="Columns">What is observed at each observed tick.</param>
/// <param name="Sizes">Each size of observed data: its name, the ticks observed, and the survey's sample size (0: everyone).</param>
public sealed record RecoverySpec(string Name, string Scenario, string[] Fits, ObservedColumn[] Columns, (string Label, int[] Ticks, int SampleSize)[] Sizes, int Truths, int Particles, int Generations, int MaxRuns, ulong Seed);
