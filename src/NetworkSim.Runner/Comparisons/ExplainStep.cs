namespace NetworkSim.Runner.Comparisons;

/// <summary>
/// A factor's effect: the starting design with that factor set to the target's values, run on the same seeds, and
/// its paired difference from the starting design in final adoption (share) and adopters (head count), with the
/// share of the gap between the designs it closes. When the designs tie (the gap's 95 % interval holds 0) there is no
/// share of the gap to give: <see cref="DesignsTie"/>, and <see cref="GapClosed"/> is null.
/// </summary>
public sealed record ExplainStep(ExplainFactor Factor, MeanEstimate? Share, PairedDifference? ShareDifference, double? GapClosed, PairedDifference? AdoptersDifference, bool DesignsTie = false);
