using NetworkSim.Model.Agents;
using NetworkSim.Model.Parameters;
using NetworkSim.Model.RuleSets.Improvement;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.Tests.Agents;

public class BrokeringRuleTests
{
    [Fact]
    public void A_facilitator_brokers_new_ties_across_schools_between_untied_members()
    {
        var parameters = new ModelParameters { Facilitation = new FacilitationParameters { Brokering = 2 } };
        var scenario = TestScenarios.Small(8, TieStructure.HubAndSpoke, parameters) with { Facilitators = new FacilitationSpec { Count = 1, Process = 1, Content = 0 } };
        var run = new RunModel(scenario, 9);
        var network = run.Network;
        var members = Enumerable.Range(0, network.ParticipantCount).Where(i => network.InNetwork[i]).ToArray();
        var tied = new HashSet<(int, int)>();
        for (var i = 0; i < network.ParticipantCount; i++)
        {
            foreach (var j in network.ContactsOf(i))
            {
                tied.Add((Math.Min(i, j), Math.Max(i, j)));
            }
        }

        var ties = BrokeringRule.Choose(run, 0, 4, members, members, (a, b) => tied.Contains((Math.Min(a, b), Math.Max(a, b))));
        Assert.NotEmpty(ties);
        // 2 ties per school at full time, and one facilitator's capacity of 4 schools covers 4 of the 8.
        Assert.True(ties.Count <= 8);
        Assert.All(ties, t =>
        {
            Assert.NotEqual(network.School[t.A], network.School[t.B]);
            Assert.DoesNotContain((t.A, t.B), tied);
            Assert.Equal(4, t.Tick);
        });
        Assert.Equal(ties.Count, ties.Select(t => (t.A, t.B)).Distinct().Count());
    }

    [Fact]
    public void Without_process_facilitation_no_ties_are_brokered()
    {
        var scenario = TestScenarios.Small(8, TieStructure.HubAndSpoke) with { Facilitators = new FacilitationSpec { Count = 1, Process = 0, Content = 1 } };
        var run = new RunModel(scenario, 9);
        var members = Enumerable.Range(0, run.Network.ParticipantCount).Where(i => run.Network.InNetwork[i]).ToArray();
        Assert.Empty(BrokeringRule.Choose(run, 0, 4, members, members, (_, _) => false));
    }

    [Fact]
    public void A_broker_prefers_a_shared_problem_then_complementary_expertise_that_trust_can_bridge()
    {
        const double reach = 1 / 1.5;
        var ranked = new[]
        {
            BrokeringRule.Score(true, 0.6, reach),
            BrokeringRule.Score(true, 0.3, reach),
            BrokeringRule.Score(true, 0.9, reach),
            BrokeringRule.Score(false, 0.6, reach),
            BrokeringRule.Score(false, 0.9, reach),
        };
        Assert.Equal(ranked.OrderDescending(), ranked);
    }
}
