using NetworkSim.Model.Parameters;
using NetworkSim.Model.RuleSets.Improvement;

namespace NetworkSim.Model.Tests.Rules;

public class EngagementAndSupportRuleTests
{
    private static readonly EngagementParameters E = new();
    private static readonly SchoolParameters S = new();

    [Fact]
    public void Engagement_rises_with_the_value_a_member_gets()
    {
        Assert.True(EngagementRule.Next(E, 0.5, gained: 0.05, contributed: 0, boost: 0) > 0.5);
    }

    [Fact]
    public void Engagement_ebbs_in_a_stale_tick_and_expert_input_reinvigorates_it()
    {
        var stale = EngagementRule.Next(E, 0.5, gained: 0, contributed: 0, boost: 0);
        Assert.Equal(0.5 - E.Staleness, stale, 12);
        Assert.True(EngagementRule.Next(E, 0.5, gained: 0, contributed: 0, boost: 0.1) > 0.5);
    }

    [Fact]
    public void The_chance_of_drifting_away_grows_as_engagement_falls_and_is_zero_at_full_engagement()
    {
        var p = new EngagementParameters { DropoutHazard = 0.04 };
        Assert.Equal(0, EngagementRule.DropoutChance(p, 1), 12);
        Assert.Equal(0.04 * 0.25, EngagementRule.DropoutChance(p, 0.75), 12);
        Assert.Equal(0.04, EngagementRule.DropoutChance(p, 0), 12);
    }

    [Fact]
    public void Without_an_engaged_senior_leader_competing_demands_pull_support_down()
    {
        var p = new SchoolParameters { CompetingDemands = 0.01, SupportDecay = 0, LeaderPresence = 0, TeamPresence = 0, LeaderAdoption = 0 };
        Assert.Equal(0.5 - 0.01 * 0.5, SchoolSupportRule.Next(p, 0.5, 0.5, engagedLeader: false, 0, 0, awayShare: 0), 12);
        Assert.Equal(0.5, SchoolSupportRule.Next(p, 0.5, 0.5, engagedLeader: true, 0, 0, awayShare: 0), 12);
    }

    [Fact]
    public void A_senior_leader_in_the_network_raises_school_support()
    {
        var without = SchoolSupportRule.Next(S, 0.4, 0.4, engagedLeader: false, engagedMembers: 1, leadersPractising: 0, awayShare: 0);
        var with = SchoolSupportRule.Next(S, 0.4, 0.4, engagedLeader: true, engagedMembers: 1, leadersPractising: 0, awayShare: 0);
        Assert.Equal(0.4 - S.CompetingDemands * 0.4, without, 12);
        Assert.True(with > without);
    }

    [Fact]
    public void A_critical_mass_from_one_school_raises_its_support()
    {
        var below = SchoolSupportRule.Next(S, 0.4, 0.4, false, engagedMembers: (int)S.TeamCriticalMass - 1, 0, awayShare: 0);
        var atMass = SchoolSupportRule.Next(S, 0.4, 0.4, false, engagedMembers: (int)S.TeamCriticalMass, 0, awayShare: 0);
        Assert.True(atMass > below);
    }

    [Fact]
    public void Leaders_who_practise_raise_their_schools_support()
    {
        Assert.True(SchoolSupportRule.Next(S, 0.4, 0.4, false, 0, leadersPractising: 1, awayShare: 0) > 0.4);
    }

    [Fact]
    public void Support_relaxes_towards_where_it_started()
    {
        Assert.True(SchoolSupportRule.Next(S, 0.8, 0.4, false, 0, 0, awayShare: 0) < 0.8);
    }

    [Fact]
    public void A_school_institutionalises_a_practice_when_enough_staff_practise_it()
    {
        var p = new BackHomeParameters { InstitutionalisedAt = 0.5 };
        Assert.False(SchoolSupportRule.Institutionalised(p, practising: 4, staff: 10));
        Assert.True(SchoolSupportRule.Institutionalised(p, practising: 5, staff: 10));
    }

    [Fact]
    public void Engagement_counts_what_a_member_passes_on_as_well_as_what_it_learns()
    {
        var p = new EngagementParameters { ValueGain = 1.5, ContributionGain = 2, Staleness = 0.015, ValueThreshold = 0.005 };
        Assert.Equal(0.5 + 1.5 * 0.01 + 2 * 0.02, EngagementRule.Next(p, 0.5, gained: 0.01, contributed: 0.02, boost: 0), 12);
        // A test-bed member who knows it all learns nothing but is not stale while others learn from it.
        Assert.Equal(0.5 + 2 * 0.01, EngagementRule.Next(p, 0.5, gained: 0, contributed: 0.01, boost: 0), 12);
    }

    [Fact]
    public void Support_falls_while_staff_are_away_at_a_convening()
    {
        var p = new SchoolParameters { TimeAway = 0.3, AwayDays = 5, SupportDecay = 0, LeaderPresence = 0, TeamPresence = 0, LeaderAdoption = 0, CompetingDemands = 0 };
        Assert.Equal(0.5 - 0.3 * 0.2 * 0.5, SchoolSupportRule.Next(p, 0.5, 0.5, false, 2, 0, awayShare: 0.2), 12);
        Assert.Equal(0.5, SchoolSupportRule.Next(p, 0.5, 0.5, false, 2, 0, awayShare: 0), 12);
    }
}
