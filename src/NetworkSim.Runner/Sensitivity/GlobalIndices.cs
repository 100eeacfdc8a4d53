using NetworkSim.Analysis.Sensitivity;

namespace NetworkSim.Runner.Sensitivity;

/// <summary>One outcome's global sensitivity: Morris indices or Sobol' indices per parameter, in the parameters' order.</summary>
public sealed record GlobalIndices(string Outcome, string Meaning, IReadOnlyList<MorrisIndices>? Morris, IReadOnlyList<SobolIndices>? Sobol);
