namespace NetworkSim.Analysis.Discovery;

/// <summary>
/// The peeling and pasting trajectory of one PRIM box (Friedman &amp; Fisher 1999): every box from the whole
/// remaining data down to the last peel, then the pastes, with the index of the chosen one. Plotting coverage against
/// density along <see cref="Boxes"/> gives the trade-off curve the caller (or a person) may choose another box on.
/// </summary>
/// <param name="Inputs">The input names, in the order of the limits.</param>
/// <param name="Chosen">Index in <paramref name="Boxes"/> of the box chosen by <see cref="PrimOptions.Choice"/>; a caller may pick any other.</param>
public sealed record PrimTrajectory(IReadOnlyList<string> Inputs, IReadOnlyList<PrimBox> Boxes, int Chosen)
{
    public PrimBox ChosenBox => Boxes[Chosen];

    /// <summary>The index of the box <paramref name="choice"/> picks; ties go to the earlier box.</summary>
    public static int Choose(IReadOnlyList<PrimBox> boxes, PrimChoice choice, double coverageTarget)
    {
        var best = 0;
        for (var i = 1; i < boxes.Count; i++)
        {
            if (Better(boxes[i], boxes[best], choice, coverageTarget))
            {
                best = i;
            }
        }

        return best;
    }

    private static bool Better(PrimBox box, PrimBox than, PrimChoice choice, double coverageTarget) => choice switch
    {
        PrimChoice.ClosestToIdeal => DistanceToIdeal(box) < DistanceToIdeal(than),
        PrimChoice.DensestAboveCoverage => box.CoverageOfRemaining >= coverageTarget
            && (box.Density > than.Density || (box.Density == than.Density && box.CoverageOfRemaining > than.CoverageOfRemaining)),
        _ => throw new ArgumentOutOfRangeException(nameof(choice)),
    };

    private static double DistanceToIdeal(PrimBox box) =>
        Math.Sqrt((1 - box.CoverageOfRemaining) * (1 - box.CoverageOfRemaining) + (1 - box.Density) * (1 - box.Density));
}
