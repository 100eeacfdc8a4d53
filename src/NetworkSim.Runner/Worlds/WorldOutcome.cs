using NetworkSim.Analysis.Robustness;

namespace NetworkSim.Runner.Worlds;

/// <summary>An outcome compared across worlds: its name (after <c>practice.</c>), which way is better, and what it measures.</summary>
public sealed record WorldOutcome(string Name, Goal Goal, string Meaning, bool Share);
