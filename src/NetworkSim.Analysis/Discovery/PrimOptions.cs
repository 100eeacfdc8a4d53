namespace NetworkSim.Analysis.Discovery;

/// <summary>
/// PRIM's settings, with the EMA Workbench's defaults where it has one.
/// </summary>
/// <param name="PeelAlpha">Share of the box's points removed by one peel (0.05).</param>
/// <param name="PasteAlpha">Share of the neighbouring points added back by one paste (0.05).</param>
/// <param name="MassMin">Smallest share of all points a box may hold (0.05).</param>
/// <param name="Choice">How the box of each trajectory is chosen (<see cref="PrimChoice.ClosestToIdeal"/>).</param>
/// <param name="CoverageTarget">For <see cref="PrimChoice.DensestAboveCoverage"/>: the smallest coverage of the remaining cases a chosen box may have (0.8).</param>
/// <param name="MinDensity">Covering stops when the chosen box's density is below this (0.5: most of the box must be cases of interest).</param>
/// <param name="MaxBoxes">Covering stops after this many boxes (3).</param>
public sealed record PrimOptions(
    double PeelAlpha = 0.05,
    double PasteAlpha = 0.05,
    double MassMin = 0.05,
    PrimChoice Choice = PrimChoice.ClosestToIdeal,
    double CoverageTarget = 0.8,
    double MinDensity = 0.5,
    int MaxBoxes = 3)
{
    internal void Validate()
    {
        if (PeelAlpha is <= 0 or >= 0.5 || PasteAlpha is <= 0 or >= 0.5)
        {
            throw new ArgumentOutOfRangeException(nameof(PeelAlpha), $"PRIM's peel and paste alphas must lie in (0, 0.5); {PeelAlpha} and {PasteAlpha} were given.");
        }

        if (MassMin is <= 0 or >= 1 || CoverageTarget is < 0 or > 1 || MinDensity is < 0 or > 1 || MaxBoxes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MassMin), "PRIM needs 0 < mass_min < 1, coverage target and minimum density in [0, 1] and at least one box.");
        }
    }
}
