using NetworkSim.Analysis.Robustness;

namespace NetworkSim.Runner.Worlds;

/// <summary>One outcome across worlds: per design its best share, spread and regret (none when a design lacks the outcome, e.g. a cost).</summary>
/// <param name="ClearlyBest">
/// Per design, the share of worlds in which it is better than every other design beyond the replicate noise (each
/// paired 95 % interval over the world's replicates excludes 0); null for the cost per adopter (a ratio of means) or
/// with one replicate.
/// </param>
public sealed record OutcomeRobustness(string Outcome, WorldOutcome Kind, IReadOnlyList<DesignRobustness> Designs, IReadOnlyList<double>? ClearlyBest);
