namespace NetworkSim.Model.Parameters;

/// <summary>Relational trust between two participants (mechanism 2) and its drag by diversity (mechanism 3).</summary>
public sealed record TrustParameters
{
    [Parameter(0, 1, "trust", "Trust in a cross-school contact when the network starts.", "000:L62",
        PlausibleLow = 0.1, PlausibleHigh = 0.4, PlausibleWhy = "assumption: strangers in a new network start with little trust (000:L62: 'new LCs where trust is still building')")]
    public double Initial { get; init; } = 0.25;

    [Parameter(0, 1, "trust", "Trust in a colleague at one's own school when the network starts.", "assumption A10: colleagues start above strangers; no seed gives a level",
        PlausibleLow = 0.3, PlausibleHigh = 0.7, PlausibleWhy = "assumption: above a stranger's starting trust, below full trust")]
    public double ColleagueInitial { get; init; } = 0.5;

    [Parameter(0, 1, "share of distrust per exchange", "Share of the remaining distrust (1 - trust) removed by one candid exchange.", "003:L229, 000:L86",
        PlausibleLow = 0.04, PlausibleHigh = 0.12, PlausibleWhy = PlausibleReason.HalfToOneAndAHalf)]
    public double Growth { get; init; } = 0.08;

    [Parameter(0, 2, "factor", "How much expertise distance slows trust growth: growth is scaled by max(0, 1 - drag x distance), so it stops beyond distance 1 / drag.", "assumption A1",
        PlausibleLow = 0.75, PlausibleHigh = 2, PlausibleWhy = "assumption A1: from trust slowed only at the widest distances (stops beyond 1.33) to stopping at half the widest (the allowed maximum)")]
    public double DiversityDrag { get; init; } = 1.5;

    [Parameter(0, 1, "probability per exchange", "Chance that an exchange exposes a failure (a practice that did not work, a candid disagreement).", "001:L52",
        PlausibleLow = 0.05, PlausibleHigh = 0.2, PlausibleWhy = "assumption: from one exchange in twenty to one in five exposes a failure")]
    public double FailureRate { get; init; } = 0.1;

    [Parameter(0, 1, "share of trust per failure", "Share of trust lost on an exposed failure when there is no safe space.", "001:L52, 000:L66",
        PlausibleLow = 0.1, PlausibleHigh = 0.3, PlausibleWhy = PlausibleReason.HalfToOneAndAHalf)]
    public double Erosion { get; init; } = 0.2;
}
