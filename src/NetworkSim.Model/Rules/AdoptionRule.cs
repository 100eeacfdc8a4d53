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
    /// <param name="sinceVisit">Ticks since the participant saw it on a site visit, or -1 if it never has.</param>
    public static double SocialProof(AdoptionParameters p, PracticeSpec practice, double trustedAdopters, int sinceVisit) =>
        trustedAdopters * (1 + p.VisibilityBoost * practice.Visibility) + SiteVisitProof(p, sinceVisit);

    /// <summary>What a site visit still adds to social proof <paramref name="sinceVisit"/> ticks later: full at once, nothing after site_visit_memory ticks.</summary>
    public static double SiteVisitProof(AdoptionParameters p, int sinceVisit) =>
        sinceVisit < 0 ? 0 : p.SiteVisitExposure * Math.Max(0, 1 - sinceVisit / p.SiteVisitMemory);

    public static bool Eligible(PracticeSpec practice, double knowledge, double socialProof) =>
        knowledge >= practice.Complexity && socialProof >= practice.SocialProof;

    /// <summary>
    /// Chance per tick of adopting once eligible: full rate with full support, <c>unsupported_factor</c> of it with none,
    /// times (1 + <paramref name="help"/>) where a facilitator helps the school apply what it learns (<see cref="FacilitationRule.ImplementationHelp"/>).
    /// </summary>
    public static double Probability(AdoptionParameters p, double support, double help = 0) =>
        Math.Min(1, p.Rate * (p.UnsupportedFactor + (1 - p.UnsupportedFactor) * support) * (1 + help));
}
