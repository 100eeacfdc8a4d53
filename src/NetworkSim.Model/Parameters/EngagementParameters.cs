namespace NetworkSim.Model.Parameters;

/// <summary>Engagement ebb and flow with drop-out (mechanism 7).</summary>
public sealed record EngagementParameters
{
    [Parameter(0, 1, "engagement", "Engagement of a network member when the network starts.", "assumption A13: members join willing but not yet committed; 001:L13 says members take part as long as they see value, not how engaged they start",
        PlausibleLow = 0.5, PlausibleHigh = 0.9, PlausibleWhy = "assumption A13: from half to nearly fully engaged")]
    public double Initial { get; init; } = 0.7;

    [Parameter(0, 20, "engagement per knowledge", "Engagement gained per unit of knowledge gained in a tick (value received).", "001:L13, 000:L54",
        PlausibleLow = 0.75, PlausibleHigh = 2.25, PlausibleWhy = PlausibleReason.HalfToOneAndAHalf)]
    public double ValueGain { get; init; } = 1.5;

    [Parameter(0, 20, "engagement per knowledge", "Engagement gained per unit of knowledge a member passes on to other network members in a tick (value from contributing to something larger).", "000:L22, 000:L58",
        PlausibleLow = 0.75, PlausibleHigh = 2.25, PlausibleWhy = PlausibleReason.HalfToOneAndAHalf)]
    public double ContributionGain { get; init; } = 1.5;

    [Parameter(0, 1, "engagement per tick", "Engagement lost in a stale tick, one that brought less than value_threshold knowledge.", "000:L46",
        PlausibleLow = 0.0075, PlausibleHigh = 0.03, PlausibleWhy = "assumption: from a year to a third of a year of stale weeks to lose full engagement")]
    public double Staleness { get; init; } = 0.015;

    [Parameter(0, 1, "knowledge", "Knowledge gain in a tick below which the tick is stale.", "000:L46",
        PlausibleLow = 0.0025, PlausibleHigh = 0.01, PlausibleWhy = "assumption: half to twice the default; the sources name staleness (000:L46), not where it starts")]
    public double ValueThreshold { get; init; } = 0.005;

    [Parameter(0, 1, "probability per tick", "Chance per tick that a network member with no engagement drifts away from the network (and stays back home); at engagement E the chance is dropout_hazard x (1 - E).", "000:L54, 001:L13; size: assumption A14",
        PlausibleLow = 0.005, PlausibleHigh = 0.05, PlausibleWhy = "assumption A14: a fully disengaged member stays on average from about four years (0.005) to about five months (0.05); the default, about a year")]
    public double DropoutHazard { get; init; } = 0.02;
}
