using NetworkSim.Model.RuleSets;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Runner.Tests.Output;

public class RuleColumnsTests
{
    [Fact]
    public void Every_column_a_rule_set_fills_has_its_place_in_agents_csv()
    {
        foreach (var rules in ParticipantRules.All)
        {
            Assert.All(rules.AgentColumns, c => Assert.Contains(c.Name, AgentOutputs.RuleColumns));
        }

        Assert.EndsWith(",dropped_out,opinion,sir_state", AgentOutputs.AgentsHeader);
    }

    [Fact]
    public void Every_rules_key_a_rule_set_declares_is_read()
    {
        using var temp = new TempDirectory();
        foreach (var rules in ParticipantRules.All.Where(r => r.Kind != RuleKind.NetworkedImprovement))
        {
            var kind = YamlSection.EnumKey(rules.Kind.ToString());
            var declared = ScenarioKeys.Of<RuleSet>().Where(k => k.Declaration.HasRange && k.Declaration.OnlyWith!.Split(':')[1].Split(',', StringSplitOptions.TrimEntries).Contains(kind));
            var keys = string.Join(", ", declared.Select(k => $"{k.Name}: {(k.Name == "threshold_count" ? "2" : "0.25")}"));
            var scenario = ScenarioReader.Load(temp.Write($"{rules.Kind}.yaml",
                $"rules: {{kind: {YamlSection.EnumKey(rules.Kind.ToString())}, {keys}}}\nnetwork: {{schools: 2, staff: {{staff: 10}}, team: {{staff: 10}}, participant_graph: {{kind: none}}}}\npractices: [{{name: p}}]\n"));
            Assert.Equal(rules.Kind, scenario.Rules.Kind);
            Assert.NotEqual(new RuleSet { Kind = rules.Kind }, scenario.Rules);
        }
    }
}
