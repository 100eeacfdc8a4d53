namespace NetworkSim.Model.Parameters;

/// <summary>Peer exchange and collective learning (mechanism 1).</summary>
public sealed record ExchangeParameters
{
    [Parameter(0, 1, "share of gap per exchange", "Share of the knowledge gap to a peer closed by one exchange at full trust and openness.", "001:L9, 000:L16",
        PlausibleLow = 0.075, PlausibleHigh = 0.225, PlausibleWhy = PlausibleReason.HalfToOneAndAHalf)]
    public double Rate { get; init; } = 0.15;

    [Parameter(0, 1, "knowledge per exchange", "Knowledge created in one exchange at full trust between fully complementary experts (collective learning).", "000:L17, 001:L12",
        PlausibleLow = 0.04, PlausibleHigh = 0.12, PlausibleWhy = PlausibleReason.HalfToOneAndAHalf)]
    public double Creation { get; init; } = 0.08;

    [Parameter(0, 1, "probability per tick", "Chance that two tied, fully engaged network members exchange in a convening tick.", "000:L54, 004:L49",
        PlausibleLow = 0.3, PlausibleHigh = 0.9, PlausibleWhy = "assumption: at a convening's 'team time' (004:L49) between a third and nearly all tied pairs talk")]
    public double MeetAtConvening { get; init; } = 0.6;

    [Parameter(0, 1, "probability per tick", "Chance that two tied, fully engaged network members exchange in a tick without a convening.", "004:L53-55",
        PlausibleLow = 0.02, PlausibleHigh = 0.2, PlausibleWhy = "assumption: informal exchange between convenings (004:L53-55) from about once in a school year to about once a month per tied pair")]
    public double MeetBetween { get; init; } = 0.08;

    [Parameter(0, 1, "probability per tick", "Chance that two colleagues at one school exchange in a tick.", "002:L15",
        PlausibleLow = 0.05, PlausibleHigh = 0.3, PlausibleWhy = "assumption: two colleagues talk about their practice from about once in 20 weeks to about once in 3")]
    public double ColleagueMeet { get; init; } = 0.15;

    [Parameter(0, 1, "factor", "Exchange between members of schools working on different problems of practice, relative to members sharing one (commonality).", "000:L34, 004:L15",
        PlausibleLow = 0.25, PlausibleHigh = 0.75, PlausibleWhy = "assumption: a different problem of practice makes exchange less relevant (000:L34), neither worthless nor as useful")]
    public double UnsharedRelevance { get; init; } = 0.5;
}
