using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.Tests.Scenarios;

public class SpecKeysTests
{
    [Fact]
    public void The_documented_rules_keys_match_the_code()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "model.md")).Replace("\r\n", "\n");
        Assert.Contains(SpecKeys.MarkdownTable<RuleSet>("rules").Replace("\r\n", "\n"), docs);
    }

    [Fact]
    public void A_keys_default_is_its_property_initialiser()
    {
        var convergence = Assert.Single(SpecKeys.Of<RuleSet>(), k => k.Key == "convergence");
        Assert.Equal(0.5, convergence.Default);
        Assert.Equal(0.5, convergence.Declaration.Max);
        Assert.True(Assert.Single(SpecKeys.Of<RuleSet>(), k => k.Key == "threshold_count").Integer);
    }
}
