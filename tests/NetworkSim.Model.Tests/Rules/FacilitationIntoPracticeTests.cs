using NetworkSim.Model.Parameters;
using NetworkSim.Model.RuleSets.Improvement;

namespace NetworkSim.Model.Tests.Rules;

/// <summary>Where facilitation meets practice: help in applying learning, tolerance for failure, and the week away at a convening.</summary>
public class FacilitationIntoPracticeTests
{
    [Fact]
    public void Help_in_applying_learning_draws_on_both_strengths_and_raises_the_chance_of_adopting()
    {
        var p = new FacilitationParameters { Implementation = 1 };
        Assert.Equal(0.55, FacilitationRule.ImplementationHelp(p, process: 0.7, content: 0.4), 12);
        Assert.Equal(0, FacilitationRule.ImplementationHelp(p, process: 0, content: 0));
        var adoption = new AdoptionParameters { Rate = 0.15, UnsupportedFactor = 0.3 };
        Assert.Equal(0.15 * (0.3 + 0.7 * 0.5) * 1.55, AdoptionRule.Probability(adoption, support: 0.5, help: 0.55), 12);
        Assert.Equal(1, AdoptionRule.Probability(adoption with { Rate = 0.9 }, support: 1, help: 1));
    }

    [Fact]
    public void A_safe_space_makes_a_practitioner_give_a_practice_up_less_often()
    {
        var facilitation = new FacilitationParameters { SafeSpace = 0.6 };
        var tolerance = FacilitationRule.FailureTolerance(facilitation, process: 0.5);
        Assert.Equal(0.3, tolerance, 12);
        var backHome = new BackHomeParameters { Discontinuance = 0.03 };
        Assert.Equal(0.03 * 0.6 * 0.7, DiscontinuanceRule.Probability(backHome, support: 0.4, institutionalised: false, tolerance), 12);
    }

    [Fact]
    public void A_school_pays_for_the_share_of_its_staff_time_spent_at_a_convening()
    {
        var p = new SchoolParameters { TimeAway = 1, AwayDays = 1, SupportDecay = 0, LeaderPresence = 0, TeamPresence = 0, LeaderAdoption = 0, CompetingDemands = 0 };
        // Two of fourteen staff away for one day of five: the school gives up 1/35 of its staff-time and as much of its support.
        Assert.Equal(0.5 * (1 - 2.0 / 14 / 5), SchoolSupportRule.Next(p, 0.5, 0.5, false, 2, 0, awayShare: 2.0 / 14), 12);
        Assert.Equal(0.5 * (1 - 2.0 / 14), SchoolSupportRule.Next(p with { AwayDays = 5 }, 0.5, 0.5, false, 2, 0, awayShare: 2.0 / 14), 12);
        Assert.Equal(0.2, SchoolSupportRule.AwayWeekShare(p), 12);
    }
}
