namespace NetworkSim.Model.Parameters;

/// <summary>The facilitator's levers (mechanism 4). Each is scaled by the process or content level a school gets from its facilitator.</summary>
public sealed record FacilitationParameters
{
    [Parameter(0, 1, "factor", "Safe space: at process level 1 trust grows (1 + safe_space) times faster, failures cost (1 - safe_space) as much trust, and a network member gives up a practice (1 - safe_space) as often (tolerance for failure).", "001:L52-53",
        PlausibleLow = 0.3, PlausibleHigh = 0.9, PlausibleWhy = PlausibleReason.HalfToOneAndAHalf)]
    public double SafeSpace { get; init; } = 0.6;

    [Parameter(0, 20, "ties per school per convening", "New cross-school ties a facilitator brokers at a convening, per school it serves at full time and process strength 1.", "001:L25", Design = true)]
    public double Brokering { get; init; } = 0.5;

    [Parameter(1, 100, "candidates", "How many candidate partners the facilitator weighs when brokering; it picks one with a shared problem and the most complementary expertise that trust can still bridge.", "001:L25, 000:L26", Integer = true, Design = true)]
    public double BrokerCandidates { get; init; } = 8;

    [Parameter(0, 1, "trust", "Starting trust of a brokered tie (an introduction by a trusted facilitator).", "assumption A2",
        PlausibleLow = 0.25, PlausibleHigh = 0.6, PlausibleWhy = "assumption A2: from a stranger's starting trust to well above it")]
    public double BrokeredTrust { get; init; } = 0.4;

    [Parameter(0, 1, "share of gap", "Knowledge gain from expert input at content level 1, as a share of what the participant does not yet know.", "000:L46, 000:L50",
        PlausibleLow = 0.1, PlausibleHigh = 0.3, PlausibleWhy = PlausibleReason.HalfToOneAndAHalf)]
    public double ExpertGain { get; init; } = 0.2;

    [Parameter(0, 1, "engagement", "Engagement regained from expert input at content level 1.", "000:L46",
        PlausibleLow = 0.05, PlausibleHigh = 0.3, PlausibleWhy = "assumption: expert input 'can help reinvigorate' (000:L46), from a little to a good deal")]
    public double ExpertEngagement { get; init; } = 0.15;

    [Parameter(0, 1, "share of gap", "Synthesis: share of the gap to the network's mean knowledge closed at a convening at process level 1.", "000:L50, 001:L63",
        PlausibleLow = 0.05, PlausibleHigh = 0.15, PlausibleWhy = PlausibleReason.HalfToOneAndAHalf)]
    public double Synthesis { get; init; } = 0.1;

    [Parameter(0, 5, "factor", "Help in applying learning: at facilitation level 1 (the mean of process and content levels) a network member adopts an eligible practice (1 + implementation) times as often, and colleague exchange back home is (1 + implementation) times as likely.", "001:L64, 001:L53, 000:L50; size: assumption A7",
        PlausibleLow = 0.5, PlausibleHigh = 1.5, PlausibleWhy = "assumption A7: " + PlausibleReason.HalfToOneAndAHalf)]
    public double Implementation { get; init; } = 1;
}
