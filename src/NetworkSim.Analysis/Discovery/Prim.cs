namespace NetworkSim.Analysis.Discovery;

/// <summary>
/// The Patient Rule Induction Method (Friedman &amp; Fisher 1999) for scenario discovery (Bryant &amp; Lempert 2010)
/// as the EMA Workbench (Kwakkel 2017) does it for continuous inputs: peel PeelAlpha of the box's points off one side
/// of one input at a time, choosing the peel with the best gain in density per point removed (the Workbench's
/// "lenient1" objective; ties go to the peel that restricts fewer inputs), until no peel raises the density or the
/// box would hold less than MassMin of the data; then paste back slabs of PasteAlpha along restricted inputs while
/// that raises the density. Peel and paste limits fall midway between distinct data values (the sdtoolkit quantile).
/// </summary>
public static class Prim
{
    /// <summary>
    /// One box over all points: <paramref name="x"/>[point][input], <paramref name="y"/>[point] true for a case of interest.
    /// </summary>
    public static PrimTrajectory FindBox(IReadOnlyList<string> inputs, IReadOnlyList<IReadOnlyList<double>> x, IReadOnlyList<bool> y, PrimOptions? options = null)
    {
        var search = new PrimSearch(inputs, x, y, options ?? new PrimOptions());
        return search.FindBox(Enumerable.Range(0, x.Count).ToArray());
    }

    /// <summary>
    /// Covering: a box, then another over the points not in it, and so on, until <see cref="PrimOptions.MaxBoxes"/>
    /// boxes, no case of interest is left, or the next chosen box is less dense than <see cref="PrimOptions.MinDensity"/>
    /// (that box is not returned).
    /// </summary>
    public static IReadOnlyList<PrimTrajectory> Cover(IReadOnlyList<string> inputs, IReadOnlyList<IReadOnlyList<double>> x, IReadOnlyList<bool> y, PrimOptions? options = null)
    {
        options ??= new PrimOptions();
        var search = new PrimSearch(inputs, x, y, options);
        var remaining = Enumerable.Range(0, x.Count).ToArray();
        var boxes = new List<PrimTrajectory>();
        while (boxes.Count < options.MaxBoxes && remaining.Any(i => y[i]))
        {
            var trajectory = search.FindBox(remaining);
            var chosen = trajectory.ChosenBox;
            if (chosen.Density < options.MinDensity)
            {
                break;
            }

            boxes.Add(trajectory);
            remaining = remaining.Where(i => !search.Inside(i, chosen.Lower, chosen.Upper)).ToArray();
        }

        return boxes;
    }
}
