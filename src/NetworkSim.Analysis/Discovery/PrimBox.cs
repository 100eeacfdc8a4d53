namespace NetworkSim.Analysis.Discovery;

/// <summary>
/// One box of a PRIM trajectory: the limits on every input and how well the box describes the cases of interest.
/// </summary>
/// <param name="Lower">Lower limit per input (the data's minimum where the input is not restricted).</param>
/// <param name="Upper">Upper limit per input (the data's maximum where the input is not restricted).</param>
/// <param name="Coverage">Share of all cases of interest in the data that lie in the box (how much of the phenomenon the box explains).</param>
/// <param name="Density">Share of the box's points that are cases of interest (how pure the box is).</param>
/// <param name="Mass">Share of all points that lie in the box.</param>
/// <param name="CoverageOfRemaining">Coverage of the cases of interest not yet in an earlier box of the covering (equal to <paramref name="Coverage"/> for the first box).</param>
/// <param name="Restricted">The inputs whose limits are narrower than the data's range, in input order.</param>
/// <param name="QuasiPValues">
/// Per restricted input (same order), the EMA Workbench's quasi-p-value: the binomial probability of finding at least
/// the box's cases of interest among its points if the box had the density it has without that restriction. Below
/// 0.05 the restriction is doing work; above it the restriction may be noise and can be dropped.
/// </param>
/// <param name="Step">"start", "peel" or "paste": how the box was reached; "given" for a box described by <see cref="Prim.Evaluate"/>.</param>
public sealed record PrimBox(
    IReadOnlyList<double> Lower,
    IReadOnlyList<double> Upper,
    double Coverage,
    double Density,
    double Mass,
    double CoverageOfRemaining,
    int Points,
    int CasesOfInterest,
    IReadOnlyList<int> Restricted,
    IReadOnlyList<double> QuasiPValues,
    string Step)
{
    /// <summary>The restricted inputs whose quasi-p-value is below <paramref name="significance"/>.</summary>
    public IReadOnlyList<int> SignificantRestrictions(double significance = 0.05) =>
        Restricted.Where((_, i) => QuasiPValues[i] < significance).ToArray();
}
