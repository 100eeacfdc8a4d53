using NetworkSim.Model.Parameters;
using NetworkSim.Model.Rules;
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
}
