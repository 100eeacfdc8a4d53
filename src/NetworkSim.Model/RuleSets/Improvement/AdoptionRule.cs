using NetworkSim.Model.Parameters;
using NetworkSim.Model.RuleSets.Classic;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.RuleSets.Improvement;

/// <summary>
/// Mechanism 5: adoption as complex contagion. A participant may adopt only when it knows enough (complexity)
/// and sees enough trusted peers practising (social proof, amplified by visible wins and by a site visit);
/// it then adopts with a chance that support back home raises. Social proof is either the trust-weighted share of
/// one's contacts who practise, against a threshold of one's own (<see cref="SocialProofForm.Share"/>, the default), or
/// the sum of trust over practising contacts against the practice's count (<see cref="SocialProofForm.Count"/>).
/// </summary>
internal static class AdoptionRule
{
    /// <summary>Count form: trusted practitioners seen, with visible benefit and what a site visit still shows.</summary>
    /// <param name="p">Adoption parameters.</param>
    /// <param name="practice">The practice.</param>
    /// <param name="trustedAdopters">Sum of trust over contacts who practise it.</param>
    /// <param name="sinceVisit">Ticks since the participant saw it on a site visit, or -1 if it never has.</param>
    public static double SocialProof(AdoptionParameters p, PracticeSpec practice, double trustedAdopters, int sinceVisit) =>
        trustedAdopters * (1 + p.VisibilityBoost * practice.Visibility) + SiteVisitProof(p, sinceVisit);

    /// <summary>
    /// Share form: the practising side and the whole of a participant's trust-weighted contacts. A practising contact
    /// counts (1 + visibility_boost x visibility) times; what a site visit still shows counts as that many fully trusted
    /// practitioners on both sides. The share is <c>Practising / All</c>; <see cref="Eligible(PracticeSpec, double, ValueTuple{double, double}, double)"/> compares without dividing.
    /// </summary>
    /// <param name="trustedAdopters">Sum of trust over contacts who practise it.</param>
    /// <param name="trustedContacts">Sum of trust over every contact that counts (colleagues, and network contacts while both are active).</param>
    public static (double Practising, double All) SocialShare(AdoptionParameters p, PracticeSpec practice, double trustedAdopters, double trustedContacts, int sinceVisit)
    {
        var visible = p.VisibilityBoost * practice.Visibility;
        var practising = visible == 0 ? trustedAdopters : trustedAdopters * (1 + visible);
        var seen = SiteVisitProof(p, sinceVisit);
        // Without visible benefit or a visit the whole is the sum of trust itself, so that equal trust gives exactly the
        // threshold model's counts (ThresholdRule.Adopts compares adopters with threshold x degree).
        var all = visible == 0 && seen == 0 ? trustedContacts : practising + (trustedContacts - trustedAdopters) + seen;
        return (practising + seen, all);
    }

    /// <summary>The share of trusted contacts who practise, 0 with no contact.</summary>
    public static double Share((double Practising, double All) proof) => proof.All > 0 ? proof.Practising / proof.All : 0;

    /// <summary>What a site visit still adds to social proof <paramref name="sinceVisit"/> ticks later: full at once, nothing after site_visit_memory ticks.</summary>
    public static double SiteVisitProof(AdoptionParameters p, int sinceVisit) =>
        sinceVisit < 0 ? 0 : p.SiteVisitExposure * Math.Max(0, 1 - sinceVisit / p.SiteVisitMemory);

    /// <summary>Count form: knows enough and sees at least the practice's number of trusted practitioners.</summary>
    public static bool Eligible(PracticeSpec practice, double knowledge, double socialProof) =>
        knowledge >= practice.Complexity && socialProof >= practice.SocialProof;

    /// <summary>
    /// Share form: knows enough, has someone to look to, and the practising share reaches its own threshold, decided as
    /// the threshold model decides it (<see cref="ThresholdRule.Adopts"/>: practising at least threshold x all).
    /// </summary>
    public static bool Eligible(PracticeSpec practice, double knowledge, (double Practising, double All) proof, double threshold) =>
        knowledge >= practice.Complexity && proof.All > 0 && proof.Practising >= threshold * proof.All;

    /// <summary>A participant's own threshold for a practice in the share form, from its draw (uniform in [0, 1)).</summary>
    public static double Threshold(AdoptionParameters p, PracticeSpec practice, double uniform) =>
        ThresholdRule.ThresholdOf(practice.Threshold, p.ThresholdSpread, uniform);

    /// <summary>
    /// Whether a participant that gave the practice up has a cause to take it up again: more social proof, or more support
    /// at its school, by at least <c>readoption_margin</c> of what it had when it gave up (NaN: it never gave it up).
    /// </summary>
    public static bool HasCauseToReadopt(AdoptionParameters p, double proof, double support, double proofWhenGivenUp, double supportWhenGivenUp) =>
        double.IsNaN(proofWhenGivenUp)
        || Above(proof, proofWhenGivenUp, p.ReadoptionMargin)
        || Above(support, supportWhenGivenUp, p.ReadoptionMargin);

    /// <summary>
    /// Chance per tick of adopting once eligible: full rate with full support, <c>unsupported_factor</c> of it with none,
    /// times (1 + <paramref name="help"/>) where a facilitator helps the school apply what it learns (<see cref="FacilitationRule.ImplementationHelp"/>).
    /// </summary>
    public static double Probability(AdoptionParameters p, double support, double help = 0) =>
        Math.Min(1, p.Rate * (p.UnsupportedFactor + (1 - p.UnsupportedFactor) * support) * (1 + help));

    private static bool Above(double now, double then, double margin) => now > then && now >= (1 + margin) * then;
}
