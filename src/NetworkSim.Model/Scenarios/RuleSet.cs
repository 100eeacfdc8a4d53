namespace NetworkSim.Model.Scenarios;

/// <summary>Which rules move participants: the networked-improvement model, or one of the textbook diffusion models.</summary>
public enum RuleKind
{
    /// <summary>The full model of docs/model.md (mechanisms 1-8).</summary>
    NetworkedImprovement,

    /// <summary>Bass (1969): adopt with probability p + q x (adopters / N), mean field.</summary>
    Bass,

    /// <summary>Granovetter (1978) / Watts (2002): adopt when enough neighbours have adopted.</summary>
    Threshold,

    /// <summary>Independent cascade (Kempe, Kleinberg and Tardos 2003): each new adopter gets one chance per neighbour.</summary>
    IndependentCascade,

    /// <summary>SIR (Kermack and McKendrick 1927) on a network: infection beta per infected neighbour, recovery gamma.</summary>
    Sir,

    /// <summary>Deffuant–Weisbuch bounded confidence (2000): opinions that are close enough converge.</summary>
    BoundedConfidence,
}

/// <summary>The rule set of a scenario and the parameters of the textbook models (unused by the networked-improvement model).</summary>
public sealed record RuleSet
{
    public RuleKind Kind { get; init; } = RuleKind.NetworkedImprovement;

    /// <summary>Bass innovation coefficient p.</summary>
    public double P { get; init; } = 0.03;

    /// <summary>Bass imitation coefficient q.</summary>
    public double Q { get; init; } = 0.38;

    /// <summary>Threshold: fraction of neighbours who must have adopted (phi).</summary>
    public double Threshold { get; init; } = 0.18;

    /// <summary>Threshold: when above 0, an absolute number of adopting neighbours instead of a fraction.</summary>
    public int ThresholdCount { get; init; }

    /// <summary>Threshold: per-participant thresholds drawn uniformly within +/- this of <see cref="Threshold"/> (0 = all equal).</summary>
    public double ThresholdSpread { get; init; }

    /// <summary>Independent cascade transmissibility T.</summary>
    public double Transmissibility { get; init; } = 0.3;

    /// <summary>SIR infection probability per infected neighbour per tick.</summary>
    public double Beta { get; init; } = 0.2;

    /// <summary>SIR recovery probability per tick.</summary>
    public double Gamma { get; init; } = 0.1;

    /// <summary>Bounded confidence epsilon: opinions closer than this influence each other.</summary>
    public double Confidence { get; init; } = 0.2;

    /// <summary>Bounded confidence mu: share of the difference each moves towards the other.</summary>
    public double Convergence { get; init; } = 0.5;

    /// <summary>Bounded confidence: chance that two tied participants meet in a tick.</summary>
    public double Meet { get; init; } = 0.1;

    /// <summary>Threshold and cascade: chance per tick of adopting below threshold (noise); 0 = off.</summary>
    public double Noise { get; init; }
}
