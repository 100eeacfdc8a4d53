namespace NetworkSim.Analysis.Discovery;

/// <summary>How a box is chosen on a PRIM trajectory when the caller does not pick one itself.</summary>
public enum PrimChoice
{
    /// <summary>
    /// The box nearest the ideal corner of the trade-off curve (coverage 1, density 1), in Euclidean distance, with
    /// coverage counted over the cases not yet in an earlier box. The default: it needs no threshold and, in a
    /// covering, takes one region at a time.
    /// </summary>
    ClosestToIdeal,

    /// <summary>The densest box whose coverage (of the remaining cases) is at least <see cref="PrimOptions.CoverageTarget"/>.</summary>
    DensestAboveCoverage,
}
