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

    /// <summary>
    /// A box given by its limits, described over all points as PRIM describes its own: coverage, density, mass, the
    /// inputs it restricts (limits inside the data's range) and each restriction's quasi-p-value.
    /// </summary>
    public static PrimBox Evaluate(IReadOnlyList<string> inputs, IReadOnlyList<IReadOnlyList<double>> x, IReadOnlyList<bool> y, IReadOnlyList<double> lower, IReadOnlyList<double> upper)
    {
        var search = new PrimSearch(inputs, x, y, new PrimOptions());
        return search.Evaluate(lower.ToArray(), upper.ToArray());
    }

    /// <summary>
    /// The box with only the restrictions that do work: the restriction with the largest quasi-p-value at or above
    /// <paramref name="significance"/> is dropped (its input opened to the data's range) and the box described again,
    /// until every restriction left is significant (as the EMA Workbench's <c>drop_restriction</c>, one at a time).
    /// A box is then stated only by limits that matter, and its coverage and density are those of that statement.
    /// </summary>
    public static PrimBox KeepSignificant(IReadOnlyList<string> inputs, IReadOnlyList<IReadOnlyList<double>> x, IReadOnlyList<bool> y, PrimBox box, double significance = 0.05)
    {
        var search = new PrimSearch(inputs, x, y, new PrimOptions());
        var (lower, upper) = (box.Lower.ToArray(), box.Upper.ToArray());
        var current = search.Evaluate(lower, upper);
        while (current.Restricted.Count > 0 && current.QuasiPValues.Max() >= significance)
        {
            var worst = current.Restricted[current.QuasiPValues.ToList().IndexOf(current.QuasiPValues.Max())];
            (lower[worst], upper[worst]) = search.RangeOf(worst);
            current = search.Evaluate(lower, upper);
        }

        return current;
    }
}
