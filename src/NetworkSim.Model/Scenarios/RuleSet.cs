using NetworkSim.Model.Parameters;

namespace NetworkSim.Model.Scenarios;

/// <summary>The rule set of a scenario and the parameters of the textbook models (unused by the networked-improvement model).</summary>
public sealed record RuleSet
{
    [Parameter("choice", "The rules that move participants: the networked-improvement model, or a textbook diffusion model on the same grains.", "design")]
    public RuleKind Kind { get; init; } = RuleKind.NetworkedImprovement;

    /// <summary>Networked-improvement model: social proof as a share of one's contacts (default) or as a count of trusted practitioners.</summary>
    [Parameter("choice", "Social proof as the trust-weighted share of one's contacts who practise (reads practices[].threshold) or as a count of trusted practitioners (reads practices[].social_proof).", "the model brief, mechanism 5", OnlyWith = "kind: networked-improvement")]
    public SocialProofForm SocialProof { get; init; } = SocialProofForm.Share;

    /// <summary>Bass innovation coefficient p.</summary>
    [Parameter(0, 1, "probability per tick", "Bass innovation coefficient p.", "Bass (1969)", OnlyWith = "kind: bass")]
    public double P { get; init; } = 0.03;

    /// <summary>Bass imitation coefficient q.</summary>
    [Parameter(0, 1, "probability per tick", "Bass imitation coefficient q.", "Bass (1969)", OnlyWith = "kind: bass")]
    public double Q { get; init; } = 0.38;

    /// <summary>Threshold: fraction of neighbours who must have adopted (phi).</summary>
    [Parameter(0, 1, "share of neighbours", "Threshold: share of neighbours who must have adopted (phi).", "Granovetter (1978); Watts (2002)", OnlyWith = "kind: threshold")]
    public double Threshold { get; init; } = 0.18;

    /// <summary>Threshold: when above 0, an absolute number of adopting neighbours instead of a fraction.</summary>
    [Parameter(0, 1_000_000, "neighbours", "Threshold: when above 0, a number of adopting neighbours instead of a share.", "Centola and Macy (2007)", OnlyWith = "kind: threshold")]
    public int ThresholdCount { get; init; }

    /// <summary>Threshold: per-participant thresholds drawn uniformly within +/- this of <see cref="Threshold"/> (0 = all equal).</summary>
    [Parameter(0, 1, "share of neighbours", "Threshold: per-participant thresholds uniform within this of `threshold` (0 = all equal).", "Granovetter (1978)", OnlyWith = "kind: threshold")]
    public double ThresholdSpread { get; init; }

    /// <summary>Independent cascade transmissibility T.</summary>
    [Parameter(0, 1, "probability", "Independent cascade: chance a new adopter converts each neighbour.", "Kempe, Kleinberg and Tardos (2003)", OnlyWith = "kind: independent-cascade")]
    public double Transmissibility { get; init; } = 0.3;

    /// <summary>SIR infection probability per infected neighbour per tick.</summary>
    [Parameter(0, 1, "probability per tick", "SIR: infection chance per infected neighbour per tick.", "Kermack and McKendrick (1927); Newman (2002)", OnlyWith = "kind: sir")]
    public double Beta { get; init; } = 0.2;

    /// <summary>SIR recovery probability per tick.</summary>
    [Parameter(0, 1, "probability per tick", "SIR: recovery chance per tick.", "Kermack and McKendrick (1927)", OnlyWith = "kind: sir")]
    public double Gamma { get; init; } = 0.1;

    /// <summary>Bounded confidence epsilon: opinions closer than this influence each other.</summary>
    [Parameter(0, 1, "opinion distance", "Bounded confidence: opinions closer than this influence each other.", "Deffuant et al. (2000)", OnlyWith = "kind: bounded-confidence")]
    public double Confidence { get; init; } = 0.2;

    /// <summary>Bounded confidence mu: share of the difference each moves towards the other.</summary>
    [Parameter(0, 0.5, "share of the difference", "Bounded confidence: share of the difference each moves.", "Deffuant et al. (2000)", OnlyWith = "kind: bounded-confidence")]
    public double Convergence { get; init; } = 0.5;

    /// <summary>Bounded confidence: chance that two tied participants meet in a tick.</summary>
    [Parameter(0, 1, "probability per tick", "Bounded confidence: chance two tied participants meet in a tick.", "Deffuant et al. (2000)", OnlyWith = "kind: bounded-confidence")]
    public double Meet { get; init; } = 0.1;

    /// <summary>Threshold and cascade: chance per tick of adopting below threshold (noise); 0 = off.</summary>
    [Parameter(0, 1, "probability per tick", "Threshold and cascade: chance per tick of adopting below threshold (0 = off).", "Watts (2002)", OnlyWith = "kind: threshold, independent-cascade")]
    public double Noise { get; init; }
}
