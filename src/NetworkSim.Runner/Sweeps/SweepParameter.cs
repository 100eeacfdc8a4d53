namespace NetworkSim.Runner.Sweeps;

/// <summary>
/// One swept scenario key path (<c>network.diversity</c>, <c>practices[0].complexity</c>): either a list of values
/// (grid, one-at-a-time) or a range to sample (random, Latin hypercube; whole numbers when both ends are).
/// </summary>
public sealed record SweepParameter(string Key, IReadOnlyList<string> Values, double Min = 0, double Max = 0, bool Integer = false)
{
    public bool IsRange => Values.Count == 0;
}
