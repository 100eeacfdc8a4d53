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
