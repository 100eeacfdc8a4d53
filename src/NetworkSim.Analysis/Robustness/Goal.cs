namespace NetworkSim.Analysis.Robustness;

/// <summary>Which way an outcome is better.</summary>
public enum Goal
{
    /// <summary>More is better (adoption, schools institutionalised).</summary>
    Maximise,

    /// <summary>Less is better (time to 50 %, cost per adopter).</summary>
    Minimise,
}
