namespace NetworkSim.Model.Scenarios;

/// <summary>How the networked-improvement model counts social proof (mechanism 5).</summary>
public enum SocialProofForm
{
    /// <summary>
    /// The trust-weighted share of one's contacts who practise, against a threshold of one's own drawn around the
    /// practice's <see cref="PracticeSpec.Threshold"/> (the form of Granovetter's and Watts's threshold models).
    /// </summary>
    Share,

    /// <summary>The sum of trust over contacts who practise, against the practice's <see cref="PracticeSpec.SocialProof"/> (a number of trusted practitioners).</summary>
    Count,
}
