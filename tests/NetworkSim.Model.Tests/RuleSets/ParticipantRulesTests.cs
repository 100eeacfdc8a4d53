using NetworkSim.Model.Agents;
using NetworkSim.Model.RuleSets;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.Tests.RuleSets;

public class ParticipantRulesTests
{
    private static readonly NetworkTick Quiet = new(4, Convening: false, ExpertInput: false, SiteVisit: false, [0.1], 1, [], [0]);

    [Fact]
    public void Every_rule_kind_has_exactly_one_rule_set()
    {
        foreach (var kind in Enum.GetValues<RuleKind>())
        {
            Assert.Equal(kind, ParticipantRules.For(kind).Kind);
        }

        Assert.Equal(Enum.GetValues<RuleKind>(), ParticipantRules.All.Select(r => r.Kind));
    }

    [Fact]
    public void Only_the_networked_improvement_rules_broker_ties()
    {
        Assert.Equal([RuleKind.NetworkedImprovement], ParticipantRules.All.Where(r => r.Holds.HasFlag(Quantities.Facilitation)).Select(r => r.Kind));
    }

    [Fact]
    public void Each_textbook_models_rules_keys_are_declared_to_act_under_its_kind_alone()
    {
        static string[] KeysOf(string kind) => [.. ScenarioKeys.Of<RuleSet>()
            .Where(k => k.Declaration.HasRange && k.Declaration.OnlyWith!.Split(':')[1].Split(',', StringSplitOptions.TrimEntries).Contains(kind)).Select(k => k.Name)];
        Assert.Equal(["p", "q"], KeysOf("bass"));
        Assert.Equal(["beta", "gamma"], KeysOf("sir"));
        Assert.Equal(["confidence", "convergence", "meet"], KeysOf("bounded-confidence"));
        Assert.Equal(["threshold", "threshold_count", "threshold_spread", "noise"], KeysOf("threshold"));
        Assert.Equal(["transmissibility", "noise"], KeysOf("independent-cascade"));
        Assert.Empty(KeysOf("networked-improvement"));
        Assert.Equal([RuleKind.NetworkedImprovement], ParticipantRules.All.Where(r => r.Holds.HasFlag(Quantities.Trust)).Select(r => r.Kind));
    }

    [Fact]
    public void A_textbook_rule_set_refuses_a_brokered_tie_instead_of_ignoring_it()
    {
        // Before: classic rules dropped the tick's brokered ties while the run counted them as brokered.
        var run = new RunModel(TestScenarios.Small(facilitators: 0) with { Rules = new RuleSet { Kind = RuleKind.Sir } }, 3);
        var state = InitialState.For(run, 20);
        var contacts = ParticipantStep.ContactOrder(run, state).Select(j => InitialState.For(run, j).ToPeer(run.Network.InNetwork[j], 4)).ToArray();
        var error = Assert.Throws<InvalidOperationException>(() =>
            ParticipantStep.Advance(run, state, contacts, new SchoolContext(Quiet with { NewTies = [new BrokeredTie(20, 50, 4)] }, 0.5, 0)));
        Assert.Equal("Participant 20: rules.kind Sir has no facilitation, but a tie was brokered to it; run these rules with facilitators.count 0.", error.Message);
    }

    [Fact]
    public void The_sir_rules_label_each_participant_susceptible_infected_or_recovered()
    {
        var column = Assert.Single(ParticipantRules.For(RuleKind.Sir).AgentColumns);
        var peer = new PeerState(0, [0, 0, 0], Practising: 0b001, 0, false, Recovered: 0b010);
        Assert.Equal("sir_state", column.Name);
        Assert.Equal(["I", "R", "S"], new[] { 0, 1, 2 }.Select(p => column.Label!(peer, p)));
    }
}
