namespace NetworkSim.Analysis.Calibration;

/// <summary>The shape of a fitted parameter's prior.</summary>
public enum PriorKind
{
    /// <summary>Uniform over the allowed range (the default).</summary>
    Uniform,

    /// <summary>Normal(μ, σ) truncated to the allowed range.</summary>
    Normal,
}
