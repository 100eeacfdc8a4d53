using NetworkSim.Model.Parameters;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.Rules;

/// <summary>
/// Mechanism 5: adoption as complex contagion. A participant may adopt only when it knows enough (complexity)
/// and sees enough trusted peers practising (social proof, amplified by visible wins and by a site visit);
/// it then adopts with a chance that support back home raises.
/// </summary>
public static class AdoptionRule
{
    /// <param name="p">Adoption parameters.</param>
    /// <param name="practice">The practice.</param>
    /// <param name="trustedAdopters">Sum of trust over contacts who practise it.</param>
    /// <param name="seen">Whether the participant has seen it on a site visit.</param>
    public static double SocialProof(AdoptionParameters p, PracticeSpec practice, double trustedAdopters, bool seen) =>
        trustedAdopters * (1 + p.VisibilityBoost * practice.Visibility) + (seen ? p.SiteVisitExposure : 0);

    public static bool Eligible(PracticeSpec practice, double knowledge, double socialProof) =>
        knowledge >= practice.Complexity && socialProof >= practice.SocialProof;

    /// <summary>Chance per tick of adopting once eligible: full rate with full support, <c>unsupported_factor</c> of it with none.</summary>
    public static double Probability(AdoptionParameters p, double support) =>
        p.Rate * (p.UnsupportedFactor + (1 - p.UnsupportedFactor) * support);
}
