using NetworkSim.Analysis.Discovery;

namespace NetworkSim.Runner.Worlds;

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
