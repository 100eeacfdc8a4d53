namespace NetworkSim.Model.Parameters;

/// <summary>Engagement ebb and flow with drop-out (mechanism 7).</summary>
public sealed record EngagementParameters
{
    [Parameter(0, 1, "engagement", "Engagement of a network member when the network starts.", "001:L13")]
    public double Initial { get; init; } = 0.7;

    [Parameter(0, 20, "engagement per knowledge", "Engagement gained per unit of knowledge gained in a tick (value received).", "001:L13, 000:L54")]
    public double ValueGain { get; init; } = 1.5;

    [Parameter(0, 20, "engagement per knowledge", "Engagement gained per unit of knowledge a member passes on to other network members in a tick (value from contributing to something larger).", "000:L22, 000:L58")]
    public double ContributionGain { get; init; } = 1.5;

    [Parameter(0, 1, "engagement per tick", "Engagement lost in a stale tick, one that brought less than value_threshold knowledge.", "000:L46")]
    public double Staleness { get; init; } = 0.015;

    [Parameter(0, 1, "knowledge", "Knowledge gain in a tick below which the tick is stale.", "000:L46")]
    public double ValueThreshold { get; init; } = 0.005;

    [Parameter(0, 1, "engagement", "A network member whose engagement falls below this drops out of the network (and stays back home).", "000:L54")]
    public double DropoutBelow { get; init; } = 0.15;
}
