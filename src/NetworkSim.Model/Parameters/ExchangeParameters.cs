namespace NetworkSim.Model.Parameters;

/// <summary>Peer exchange and collective learning (mechanism 1).</summary>
public sealed record ExchangeParameters
{
    [Parameter(0, 1, "share of gap per exchange", "Share of the knowledge gap to a peer closed by one exchange at full trust and openness.", "001:L9, 000:L16")]
    public double Rate { get; init; } = 0.15;

    [Parameter(0, 1, "knowledge per exchange", "Knowledge created in one exchange at full trust between fully complementary experts (collective learning).", "000:L17, 001:L12")]
    public double Creation { get; init; } = 0.08;

    [Parameter(0, 1, "probability per tick", "Chance that two tied, fully engaged network members exchange in a convening tick.", "000:L54, 004:L49")]
    public double MeetAtConvening { get; init; } = 0.6;

    [Parameter(0, 1, "probability per tick", "Chance that two tied, fully engaged network members exchange in a tick without a convening.", "004:L53-55")]
    public double MeetBetween { get; init; } = 0.08;

    [Parameter(0, 1, "probability per tick", "Chance that two colleagues at one school exchange in a tick.", "002:L15")]
    public double ColleagueMeet { get; init; } = 0.15;

    [Parameter(0, 1, "factor", "Exchange between members of schools working on different problems of practice, relative to members sharing one (commonality).", "000:L34, 004:L15")]
    public double UnsharedRelevance { get; init; } = 0.5;
}
