namespace NetworkSim.Model.Parameters;

/// <summary>The facilitator's levers (mechanism 4). Each is scaled by the facilitator's process or content level.</summary>
public sealed record FacilitationParameters
{
    [Parameter(0, 1, "factor", "Safe space: at process level 1 trust grows (1 + safe_space) times faster and failures cost (1 - safe_space) as much trust.", "001:L52-53")]
    public double SafeSpace { get; init; } = 0.6;

    [Parameter(0, 50, "ties per convening", "New cross-school ties a facilitator brokers at a convening at process level 1.", "001:L25, 001:L53, 000:L50")]
    public double Brokering { get; init; } = 2;

    [Parameter(1, 100, "candidates", "How many candidate partners the facilitator weighs when brokering; it picks the most complementary.", "000:L26", Integer = true)]
    public double BrokerCandidates { get; init; } = 8;

    [Parameter(0, 1, "trust", "Starting trust of a brokered tie (an introduction by a trusted facilitator).", "000:L58")]
    public double BrokeredTrust { get; init; } = 0.4;

    [Parameter(0, 1, "share of gap", "Knowledge gain from expert input at content level 1, as a share of what the participant does not yet know.", "000:L46, 000:L50")]
    public double ExpertGain { get; init; } = 0.2;

    [Parameter(0, 1, "engagement", "Engagement regained from expert input at content level 1.", "000:L46")]
    public double ExpertEngagement { get; init; } = 0.15;

    [Parameter(0, 1, "share of gap", "Synthesis: share of the gap to the network's mean knowledge closed at a convening at process level 1.", "000:L50, 001:L63")]
    public double Synthesis { get; init; } = 0.1;
}
