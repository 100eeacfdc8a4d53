using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Runner.Tests.Scenarios;

public class SpecReaderTests
{
    private const string Network = "network: {schools: 2, staff: {staff: 10}, team: {staff: 10}, participant_graph: {kind: none}}\npractices: [{name: p}]\n";

    [Fact]
    public void Rules_keys_left_out_keep_their_declared_defaults()
    {
        using var temp = new TempDirectory();
        var scenario = ScenarioReader.Load(temp.Write("sir.yaml", "rules: {kind: sir, beta: 0.4}\n" + Network));
        Assert.Equal(new RuleSet { Kind = RuleKind.Sir, Beta = 0.4 }, scenario.Rules);
    }

    [Fact]
    public void A_rules_key_out_of_its_declared_range_is_refused_with_the_range()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("bc.yaml", "rules: {kind: bounded-confidence, convergence: 0.7}\n" + Network);
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Load(file));
        Assert.Contains("rules.convergence: 0.7 is out of range. Allowed: 0 to 0.5.", error.Message);
    }
}
