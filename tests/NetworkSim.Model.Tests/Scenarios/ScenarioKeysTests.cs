using System.Reflection;
using NetworkSim.Model.Parameters;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.Tests.Scenarios;

public class ScenarioKeysTests
{
    /// <summary>What a scenario record holds that is not a key a user writes: filled in by the reader, or listed by <see cref="ParameterCatalog"/>.</summary>
    private static readonly HashSet<string> NotKeys = ["Scenario.Parameters", "NetworkDesign.Edges", "ParticipantGraphSpec.Imported"];

    [Fact]
    public void The_documented_scenario_keys_match_the_code()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "model.md")).Replace("\r\n", "\n");
        Assert.Contains(ScenarioKeys.MarkdownTable().Replace("\r\n", "\n"), docs);
    }

    [Fact]
    public void Every_setting_of_every_scenario_record_is_declared_as_a_key_or_is_a_section()
    {
        var sections = new[] { typeof(NetworkDesign), typeof(ParticipantGraphSpec), typeof(PracticeSpec), typeof(FacilitationSpec), typeof(ScheduleSpec), typeof(RuleSet) };
        foreach (var record in sections.Prepend(typeof(Scenario)))
        {
            foreach (var property in ScenarioKeys.Settable(record).Where(p => !NotKeys.Contains($"{record.Name}.{p.Name}")))
            {
                var declared = property.GetCustomAttribute<ParameterAttribute>() is not null;
                var section = sections.Contains(property.PropertyType) || sections.Contains(property.PropertyType.GetGenericArguments().FirstOrDefault());
                Assert.True(declared || section, $"{record.Name}.{property.Name} is neither a declared key nor a section of the scenario.");
            }
        }
    }

    [Fact]
    public void Every_key_has_one_path_a_meaning_and_a_source()
    {
        var keys = ScenarioKeys.All;
        Assert.Equal(keys.Count, keys.Select(k => k.Path).Distinct().Count());
        Assert.All(keys, k => Assert.False(string.IsNullOrWhiteSpace(k.Declaration.Meaning), k.Path));
        Assert.All(keys, k => Assert.False(string.IsNullOrWhiteSpace(k.Declaration.Source), k.Path));
        Assert.Contains(keys, k => k.Path == "practices[].start.who");
        Assert.Contains(keys, k => k.Path == "network.participant_graph.within");
        Assert.Contains(keys, k => k.Path == "stop.unchanged_for");
    }

    [Fact]
    public void A_keys_default_is_its_property_initialiser()
    {
        var convergence = Assert.Single(ScenarioKeys.Of<RuleSet>(), k => k.Name == "convergence");
        Assert.Equal(0.5, convergence.Default);
        Assert.Equal(0.5, convergence.Declaration.Max);
        Assert.True(Assert.Single(ScenarioKeys.Of<RuleSet>(), k => k.Name == "threshold_count").Integer);
        Assert.Equal("leader 1, coach 1, teacher 10, staff 2", Assert.Single(ScenarioKeys.All, k => k.Path == "network.staff").DefaultText);
        Assert.Equal("small-world", Assert.Single(ScenarioKeys.All, k => k.Path == "network.neighbours").Declaration.OnlyWith?.Split(": ")[1]);
    }

    [Fact]
    public void A_choice_a_key_acts_under_is_a_choice_of_its_own_section()
    {
        foreach (var key in ScenarioKeys.All.Where(k => k.Declaration.OnlyWith is not null))
        {
            var choice = key.Declaration.OnlyWith![..key.Declaration.OnlyWith!.IndexOf(':')];
            var sibling = Assert.Single(ScenarioKeys.All, k => k.Section == key.Section && k.Name == choice);
            Assert.True(sibling.Type!.IsEnum, $"{key.Path} acts under {sibling.Path}, which is not a choice.");
            var values = key.Declaration.OnlyWith![(choice.Length + 1)..].Split(',', StringSplitOptions.TrimEntries);
            var allowed = Enum.GetNames(sibling.Type).Select(ScenarioKeys.EnumKey).ToHashSet();
            Assert.All(values, v => Assert.Contains(v, allowed));
        }
    }
}
