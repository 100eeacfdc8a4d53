namespace NetworkSim.Runner.Sweeps;

/// <summary>One point of a sweep: its index and a value per swept key ("" where the point keeps the base scenario's value).</summary>
public sealed record SweepPoint(int Index, IReadOnlyList<string> Values);
