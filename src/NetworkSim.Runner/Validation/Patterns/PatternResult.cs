namespace NetworkSim.Runner.Validation.Patterns;

/// <summary>A pattern's estimates in one world; it holds there when every estimate holds.</summary>
public sealed record PatternResult(Pattern Pattern, PatternWorld World, IReadOnlyList<PatternEstimate> Estimates)
{
    public bool Holds => Estimates.All(e => e.Holds);
}
