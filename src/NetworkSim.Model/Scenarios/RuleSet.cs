namespace NetworkSim.Model.Scenarios;

/// <summary>The rule set of a scenario and the parameters of the textbook models (unused by the networked-improvement model).</summary>
public sealed record RuleSet
{
    public RuleKind Kind { get; init; } = RuleKind.NetworkedImprovement;

    /// <summary>Networked-improvement model: social proof as a share of one's contacts (default) or as a count of trusted practitioners.</summary>
    public SocialProofForm SocialProof { get; init; } = SocialProofForm.Share;

    /// <summary>Bass innovation coefficient p.</summary>
    [SpecKey(0, 1, "Bass innovation coefficient p")]
    public double P { get; init; } = 0.03;

    /// <summary>Bass imitation coefficient q.</summary>
    [SpecKey(0, 1, "Bass imitation coefficient q")]
    public double Q { get; init; } = 0.38;

    /// <summary>Threshold: fraction of neighbours who must have adopted (phi).</summary>
    [SpecKey(0, 1, "threshold: share of neighbours who must have adopted (phi)")]
    public double Threshold { get; init; } = 0.18;

    /// <summary>Threshold: when above 0, an absolute number of adopting neighbours instead of a fraction.</summary>
    [SpecKey(0, 1_000_000, "threshold: when above 0, a number of adopting neighbours instead of a share")]
    public int ThresholdCount { get; init; }

    /// <summary>Threshold: per-participant thresholds drawn uniformly within +/- this of <see cref="Threshold"/> (0 = all equal).</summary>
    [SpecKey(0, 1, "threshold: per-participant thresholds uniform within this of `threshold` (0 = all equal)")]
    public double ThresholdSpread { get; init; }

    /// <summary>Independent cascade transmissibility T.</summary>
    [SpecKey(0, 1, "independent cascade: chance a new adopter converts each neighbour")]
    public double Transmissibility { get; init; } = 0.3;

    /// <summary>SIR infection probability per infected neighbour per tick.</summary>
    [SpecKey(0, 1, "SIR: infection chance per infected neighbour per tick")]
    public double Beta { get; init; } = 0.2;

    /// <summary>SIR recovery probability per tick.</summary>
    [SpecKey(0, 1, "SIR: recovery chance per tick")]
    public double Gamma { get; init; } = 0.1;

    /// <summary>Bounded confidence epsilon: opinions closer than this influence each other.</summary>
    [SpecKey(0, 1, "bounded confidence: opinions closer than this influence each other")]
    public double Confidence { get; init; } = 0.2;

    /// <summary>Bounded confidence mu: share of the difference each moves towards the other.</summary>
    [SpecKey(0, 0.5, "bounded confidence: share of the difference each moves")]
    public double Convergence { get; init; } = 0.5;

    /// <summary>Bounded confidence: chance that two tied participants meet in a tick.</summary>
    [SpecKey(0, 1, "bounded confidence: chance two tied participants meet in a tick")]
    public double Meet { get; init; } = 0.1;

    /// <summary>Threshold and cascade: chance per tick of adopting below threshold (noise); 0 = off.</summary>
    [SpecKey(0, 1, "threshold and cascade: chance per tick of adopting below threshold (0 = off)")]
    public double Noise { get; init; }
}
