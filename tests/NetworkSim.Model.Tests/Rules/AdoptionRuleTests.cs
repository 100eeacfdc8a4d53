using NetworkSim.Model.Parameters;
using NetworkSim.Model.RuleSets.Improvement;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.Tests.Rules;

public class AdoptionRuleTests
{
    private static readonly AdoptionParameters P = new();
    private static readonly PracticeSpec Practice = new() { Name = "p", Complexity = 0.4, SocialProof = 2, Visibility = 0 };

    [Fact]
    public void Adoption_needs_enough_trusted_adopters()
    {
        var few = AdoptionRule.SocialProof(P, Practice, trustedAdopters: 1.5, sinceVisit: -1);
        var enough = AdoptionRule.SocialProof(P, Practice, trustedAdopters: 2.0, sinceVisit: -1);
        Assert.False(AdoptionRule.Eligible(Practice, knowledge: 1, few));
        Assert.True(AdoptionRule.Eligible(Practice, knowledge: 1, enough));
    }

    [Fact]
    public void Adoption_needs_enough_knowledge()
    {
        Assert.False(AdoptionRule.Eligible(Practice, knowledge: 0.39, socialProof: 10));
        Assert.True(AdoptionRule.Eligible(Practice, knowledge: 0.4, socialProof: 10));
    }

    [Fact]
    public void Visible_wins_and_a_site_visit_lower_the_barrier()
    {
        var plain = AdoptionRule.SocialProof(P, Practice, 1.2, sinceVisit: -1);
        var visible = AdoptionRule.SocialProof(P, Practice with { Visibility = 1 }, 1.2, sinceVisit: -1);
        var visited = AdoptionRule.SocialProof(P, Practice, 1.2, sinceVisit: 0);
        Assert.False(AdoptionRule.Eligible(Practice, 1, plain));
        Assert.True(AdoptionRule.Eligible(Practice, 1, visible));
        Assert.True(AdoptionRule.Eligible(Practice, 1, visited));
    }

    [Fact]
    public void Support_back_home_raises_the_chance_of_adopting()
    {
        Assert.Equal(P.Rate * P.UnsupportedFactor, AdoptionRule.Probability(P, support: 0), 12);
        Assert.Equal(P.Rate, AdoptionRule.Probability(P, support: 1), 12);
        Assert.True(AdoptionRule.Probability(P, 0.7) > AdoptionRule.Probability(P, 0.3));
    }

    [Fact]
    public void An_unsupportive_school_loses_adopters_and_institutionalisation_protects_them()
    {
        var p = new BackHomeParameters();
        var unsupported = DiscontinuanceRule.Probability(p, support: 0, institutionalised: false);
        Assert.Equal(p.Discontinuance, unsupported, 12);
        Assert.Equal(0, DiscontinuanceRule.Probability(p, support: 1, institutionalised: false));
        Assert.True(DiscontinuanceRule.Probability(p, 0, institutionalised: true) < unsupported);
    }

    [Fact]
    public void What_a_site_visit_showed_fades_over_its_memory()
    {
        var p = new AdoptionParameters { SiteVisitExposure = 2, SiteVisitMemory = 10 };
        Assert.Equal(0, AdoptionRule.SiteVisitProof(p, -1));
        Assert.Equal(2, AdoptionRule.SiteVisitProof(p, 0), 12);
        Assert.Equal(1, AdoptionRule.SiteVisitProof(p, 5), 12);
        Assert.Equal(0, AdoptionRule.SiteVisitProof(p, 10), 12);
        Assert.Equal(0, AdoptionRule.SiteVisitProof(p, 40), 12);
    }

    [Fact]
    public void The_share_of_contacts_practising_is_weighted_by_trust_and_by_visible_benefit()
    {
        var p = new AdoptionParameters { VisibilityBoost = 1 };
        var practice = Practice with { Visibility = 0.5 };
        // Trust 1.2 in practising contacts out of 4.2 in all: the practising side counts 1.5 times.
        var weighed = AdoptionRule.SocialShare(p, practice, trustedAdopters: 1.2, trustedContacts: 4.2, sinceVisit: -1);
        Assert.Equal(1.8, weighed.Practising, 12);
        Assert.Equal(4.8, weighed.All, 12);
        Assert.Equal(1.8 / 4.8, AdoptionRule.Share(weighed), 12);
        Assert.Equal((1.2, 4.2), AdoptionRule.SocialShare(p, Practice, 1.2, 4.2, -1));
    }

    [Fact]
    public void A_site_visit_counts_as_fully_trusted_practitioners_on_both_sides_of_the_share_and_fades()
    {
        var p = new AdoptionParameters { SiteVisitExposure = 2, SiteVisitMemory = 10 };
        Assert.Equal((3.0, 6.0), AdoptionRule.SocialShare(p, Practice, 1, 4, sinceVisit: 0));
        Assert.Equal((2.0, 5.0), AdoptionRule.SocialShare(p, Practice, 1, 4, sinceVisit: 5));
        Assert.Equal((1.0, 4.0), AdoptionRule.SocialShare(p, Practice, 1, 4, sinceVisit: 10));
    }

    [Fact]
    public void In_the_share_form_a_participant_adopts_when_the_share_reaches_its_own_threshold_and_needs_someone_to_look_to()
    {
        Assert.True(AdoptionRule.Eligible(Practice, knowledge: 1, (1.0, 4.0), threshold: 0.25));
        Assert.False(AdoptionRule.Eligible(Practice, knowledge: 1, (1.0, 4.0), threshold: 0.26));
        Assert.False(AdoptionRule.Eligible(Practice, knowledge: 0.39, (4.0, 4.0), threshold: 0));
        Assert.False(AdoptionRule.Eligible(Practice, knowledge: 1, (0.0, 0.0), threshold: 0));
    }

    [Fact]
    public void Each_participants_threshold_lies_within_the_spread_of_its_practices_threshold()
    {
        var p = new AdoptionParameters { ThresholdSpread = 0.1 };
        var practice = Practice with { Threshold = 0.2 };
        Assert.Equal(0.1, AdoptionRule.Threshold(p, practice, uniform: 0), 12);
        Assert.Equal(0.2, AdoptionRule.Threshold(p, practice, uniform: 0.5), 12);
        Assert.Equal(0.29, AdoptionRule.Threshold(p, practice, uniform: 0.95), 12);
        Assert.Equal(0.2, AdoptionRule.Threshold(p with { ThresholdSpread = 0 }, practice, uniform: 0.95), 12);
    }

    [Fact]
    public void One_who_gave_a_practice_up_takes_it_up_again_only_with_more_proof_or_more_support_than_then()
    {
        var p = new AdoptionParameters { ReadoptionMargin = 0.25 };
        Assert.True(AdoptionRule.HasCauseToReadopt(p, proof: 0.2, support: 0.3, double.NaN, double.NaN));
        Assert.False(AdoptionRule.HasCauseToReadopt(p, proof: 0.2, support: 0.3, proofWhenGivenUp: 0.2, supportWhenGivenUp: 0.3));
        Assert.False(AdoptionRule.HasCauseToReadopt(p, proof: 0.24, support: 0.37, proofWhenGivenUp: 0.2, supportWhenGivenUp: 0.3));
        Assert.True(AdoptionRule.HasCauseToReadopt(p, proof: 0.25, support: 0.3, proofWhenGivenUp: 0.2, supportWhenGivenUp: 0.3));
        Assert.True(AdoptionRule.HasCauseToReadopt(p, proof: 0.2, support: 0.375, proofWhenGivenUp: 0.2, supportWhenGivenUp: 0.3));
        // Nothing seen then: any proof now is new exposure.
        Assert.True(AdoptionRule.HasCauseToReadopt(p, proof: 0.01, support: 0.3, proofWhenGivenUp: 0, supportWhenGivenUp: 0.3));
    }
}
