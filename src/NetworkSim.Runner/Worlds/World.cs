namespace NetworkSim.Runner.Worlds;

/// <summary>One plausible world: its label (its row number, or the <c>world</c> cell of a worlds file) and a value per varied key.</summary>
public sealed record World(string Label, IReadOnlyList<double> Values);
