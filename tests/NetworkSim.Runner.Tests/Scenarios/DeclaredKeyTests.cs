using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Runner.Tests.Scenarios;

/// <summary>Every structural key is read and checked by its one declaration (<see cref="ScenarioKeys"/>).</summary>
public class DeclaredKeyTests
{
    private static Scenario Load(string yaml, out List<ScenarioProblem> warnings, params string[] overrides)
    {
        using var temp = new TempDirectory();
        warnings = [];
        return ScenarioReader.Load(temp.Write("s.yaml", yaml), overrides, warnings);
    }

    public static TheoryData<string> RangedKeys() =>
        [.. ScenarioKeys.All.Where(k => k.Declaration.HasRange && !k.Declaration.ReadBySection).Select(k => k.Path.Replace("[]", "[0]"))];

    [Theory]
    [MemberData(nameof(RangedKeys))]
    public void A_value_above_a_keys_declared_range_is_refused_with_the_range(string path)
    {
        var key = Assert.Single(ScenarioKeys.All, k => k.Path.Replace("[]", "[0]") == path);
        var above = key.Integer ? ((long)key.Declaration.Max + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "1000001";
        var value = key.Type == typeof(IReadOnlyList<int>) ? $"[{above}]" : above;
        var error = Assert.Throws<ScenarioException>(() => Load(ScenarioYaml.Valid, out _, $"{path}={value}"));
        Assert.Contains($"{path}: ", error.Message);
        Assert.Contains("Allowed: ", error.Message);
    }

    [Fact]
    public void A_key_set_where_its_choice_is_not_made_is_accepted_with_a_warning()
    {
        var scenario = Load(ScenarioYaml.Valid, out var warnings, "network.clusters=5", "rules.p=0.1");
        Assert.Equal(5, scenario.Network.Clusters);
        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.ToString() == "--set: network.clusters: has no effect: it acts only with structure: clustered, and network.structure is complete.");
        Assert.Contains(warnings, w => w.ToString() == "--set: rules.p: has no effect: it acts only with kind: bass, and rules.kind is networked-improvement.");
        Load(ScenarioYaml.Valid, out var none, "network.structure=clustered", "network.clusters=2");
        Assert.Empty(none);
    }

    [Fact]
    public void A_key_under_a_nested_mapping_is_read_by_its_declaration()
    {
        var scenario = Load(ScenarioYaml.Valid, out _, "practices[0].start.who=leaders", "practices[0].start.fraction=0.25", "stop.unchanged_for=3");
        Assert.Equal(StartGroup.Leaders, scenario.Practices[0].StartWho);
        Assert.Equal(0.25, scenario.Practices[0].StartFraction);
        Assert.Equal(3, scenario.StopWhenUnchangedFor);
        var error = Assert.Throws<ScenarioException>(() => Load(ScenarioYaml.Valid, out _, "practices[0].start.whom=leaders"));
        Assert.Contains("practices[0].start.whom: unknown key. Did you mean 'who'?", error.Message);
    }
}
