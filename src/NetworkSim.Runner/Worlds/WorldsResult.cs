namespace NetworkSim.Runner.Worlds;

/// <summary>Everything a comparison across worlds concludes: robustness per outcome and, on the headline outcome, the flips per pair of designs.</summary>
public sealed record WorldsResult(string Headline, WorldOutcome HeadlineKind, IReadOnlyList<OutcomeRobustness> Outcomes, IReadOnlyList<PairFlips> Pairs)
{
    public OutcomeRobustness HeadlineRobustness => Outcomes.First(o => o.Outcome == Headline);
}
