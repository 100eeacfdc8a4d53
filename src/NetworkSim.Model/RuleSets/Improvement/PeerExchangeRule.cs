namespace NetworkSim.Model.RuleSets.Improvement;

/// <summary>Mechanism 1a: knowledge flows from the one who knows more, in proportion to trust, openness and the gap.</summary>
internal static class PeerExchangeRule
{
    /// <param name="rate">Share of the gap closed at full trust and openness (lower back home).</param>
    /// <param name="trust">The learner's trust in the peer, 0–1.</param>
    /// <param name="openness">The learner's openness, 0–1.</param>
    /// <param name="mine">The learner's knowledge.</param>
    /// <param name="theirs">The peer's knowledge.</param>
    public static double Gain(double rate, double trust, double openness, double mine, double theirs) =>
        theirs > mine ? rate * trust * openness * (theirs - mine) : 0;
}
