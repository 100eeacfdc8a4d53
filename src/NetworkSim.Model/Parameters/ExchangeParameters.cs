namespace NetworkSim.Model.Parameters;

/// <summary>Peer exchange and collective learning (mechanism 1).</summary>
public sealed record ExchangeParameters
{
    [Parameter(0, 1, "share of gap per exchange", "Share of the knowledge gap to a peer closed by one exchange at full trust and openness.", "003:L95, 000:L20")]
    public double Rate { get; init; } = 0.15;

    [Parameter(0, 1, "knowledge per exchange", "Knowledge created in one exchange at full trust between fully complementary experts (collective learning).", "003:L69, 000:L25")]
    public double Creation { get; init; } = 0.08;

    [Parameter(0, 1, "probability per tick", "Chance that two tied, fully engaged network members exchange in a convening tick.", "000:L30, 001:L40")]
    public double MeetAtConvening { get; init; } = 0.6;

    [Parameter(0, 1, "probability per tick", "Chance that two tied, fully engaged network members exchange in a tick without a convening.", "002:L60")]
    public double MeetBetween { get; init; } = 0.08;

    [Parameter(0, 1, "probability per tick", "Chance that two colleagues at one school exchange in a tick.", "002:L120")]
    public double ColleagueMeet { get; init; } = 0.25;
}
