using NetworkSim.Analysis.Discovery;
using NetworkSim.Analysis.Robustness;

namespace NetworkSim.Runner.Worlds;

/// <summary>One outcome across worlds: per design its best share, spread and regret (none when a design lacks the outcome, e.g. a cost).</summary>
/// <param name="ClearlyBest">
/// Per design, the share of worlds in which it is better than every other design beyond the replicate noise (each
/// paired 95 % interval over the world's replicates excludes 0); null for the cost per adopter (a ratio of means) or
/// with one replicate.
/// </param>
public sealed record OutcomeRobustness(string Outcome, WorldOutcome Kind, IReadOnlyList<DesignRobustness> Designs, IReadOnlyList<double>? ClearlyBest);

/// <summary>A significant limit of a PRIM box: the parameter lies above <see cref="Above"/> and/or below <see cref="Below"/>.</summary>
public sealed record BoxLimit(string Key, double? Above, double? Below, double QuasiP);

/// <summary>A PRIM box stated by its significant limits only, with that statement's coverage, density and mass.</summary>
public sealed record FlipBox(PrimBox Box, IReadOnlyList<BoxLimit> Limits);

/// <summary>
/// Where the ranking of two designs flips: <see cref="Usual"/> is better in more worlds, <see cref="Other"/> in
/// <see cref="OtherBetter"/> of them, and beyond the replicate noise in <see cref="OtherClearly"/>; PRIM's boxes
/// describe the worlds where the other is clearly better (where the other is better, with one replicate).
/// </summary>
/// <param name="UsualClearly">Worlds where the usual winner is better beyond the replicate noise (null with one replicate).</param>
/// <param name="OtherClearly">Worlds where the other is better beyond the replicate noise: PRIM's cases of interest (null with one replicate).</param>
/// <param name="Trajectory">The first box's peeling and pasting trajectory (the coverage-density trade-off), null when PRIM was not run.</param>
/// <param name="Boxes">The covering's boxes that keep a significant restriction and a density of at least 0.5.</param>
public sealed record PairFlips(string Usual, string Other, int UsualBetter, int OtherBetter, int? UsualClearly, int? OtherClearly, int Worlds, PrimTrajectory? Trajectory, IReadOnlyList<FlipBox> Boxes)
{
    /// <summary>Without such a box: the first trajectory's statement with significant limits nearest full coverage and density, whatever its density (where the other wins more often, not mostly).</summary>
    public FlipBox? Tendency { get; init; }
}

/// <summary>Everything a comparison across worlds concludes: robustness per outcome and, on the headline outcome, the flips per pair of designs.</summary>
public sealed record WorldsResult(string Headline, WorldOutcome HeadlineKind, IReadOnlyList<OutcomeRobustness> Outcomes, IReadOnlyList<PairFlips> Pairs)
{
    public OutcomeRobustness HeadlineRobustness => Outcomes.First(o => o.Outcome == Headline);
}
