namespace NetworkSim.Model.Parameters;

/// <summary>Relational trust between two participants (mechanism 2) and its drag by diversity (mechanism 3).</summary>
public sealed record TrustParameters
{
    [Parameter(0, 1, "trust", "Trust in a cross-school contact when the network starts.", "000:L62")]
    public double Initial { get; init; } = 0.25;

    [Parameter(0, 1, "trust", "Trust in a colleague at one's own school when the network starts.", "003:L94")]
    public double ColleagueInitial { get; init; } = 0.5;

    [Parameter(0, 1, "share of distrust per exchange", "Share of the remaining distrust (1 - trust) removed by one candid exchange.", "003:L229, 000:L86")]
    public double Growth { get; init; } = 0.08;

    [Parameter(0, 2, "factor", "How much expertise distance slows trust growth: growth is scaled by max(0, 1 - drag x distance), so it stops beyond distance 1 / drag.", "assumption A1")]
    public double DiversityDrag { get; init; } = 1.5;

    [Parameter(0, 1, "probability per exchange", "Chance that an exchange exposes a failure (a practice that did not work, a candid disagreement).", "001:L52")]
    public double FailureRate { get; init; } = 0.1;

    [Parameter(0, 1, "share of trust per failure", "Share of trust lost on an exposed failure when there is no safe space.", "001:L52, 000:L66")]
    public double Erosion { get; init; } = 0.2;
}
