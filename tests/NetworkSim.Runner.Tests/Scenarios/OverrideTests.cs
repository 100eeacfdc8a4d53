using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Runner.Tests.Scenarios;

/// <summary>--set key.path=value: a scalar or a flat list, into mappings and list items; problems name --set, never a line of the file.</summary>
public class OverrideTests
{
    private static ScenarioProblem Fails(params string[] overrides)
    {
        using var temp = new TempDirectory();
        var file = temp.Write("tiny.yaml", ScenarioYaml.Valid);
        return Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioReader.Load(file, overrides)).Problems);
    }

    [Fact]
    public void An_item_of_a_list_of_mappings_can_be_set_by_its_index()
    {
        using var temp = new TempDirectory();
        var scenario = ScenarioReader.Load(temp.Write("tiny.yaml", ScenarioYaml.Valid), ["practices[0].complexity=0.9", "practices[0].start.schools[0]=B"]);
        Assert.Equal(0.9, scenario.Practices[0].Complexity);
        Assert.Equal(["B"], scenario.Practices[0].StartSchools);
    }

    [Fact]
    public void An_index_past_the_end_of_the_list_is_refused_with_the_range()
    {
        Assert.Equal("--set: practices[1]: index 1 is out of range. Allowed: 0 to 0 (the scenario has 1 item).", Fails("practices[1].complexity=0.9").ToString());
    }

    [Fact]
    public void An_index_into_something_that_is_not_a_list_is_refused()
    {
        Assert.Equal("--set: network[0]: network is not a list in the scenario. Allowed: an index only after the name of a list, e.g. practices[0].", Fails("network[0].schools=3").ToString());
    }

    [Fact]
    public void A_bad_value_is_blamed_on_set_not_on_line_one_of_the_file()
    {
        Assert.Equal("--set: ticks: -3 is out of range. Allowed: 1 to 100000.", Fails("ticks=-3").ToString());
        Assert.Equal("--set: practices[0].complexity: 2 is out of range. Allowed: 0 to 1.", Fails("practices[0].complexity=2").ToString());
    }

    [Fact]
    public void An_unknown_key_from_set_is_blamed_on_set()
    {
        Assert.StartsWith("--set: netwrok: unknown key. Did you mean 'network'?", Fails("netwrok.diversity=0.8").ToString());
    }

    [Fact]
    public void A_flat_list_of_values_is_accepted()
    {
        using var temp = new TempDirectory();
        var scenario = ScenarioReader.Load(temp.Write("tiny.yaml", ScenarioYaml.Valid), ["schedule.site_visits=[4,8]"]);
        Assert.Equal([4, 8], scenario.Schedule.SiteVisits);
    }

    [Theory]
    [InlineData("ticks=&a 5", "--set: ticks: '&a 5': anchors (&name) are not allowed. Allowed: a single value or a list of values, e.g. [4,8].")]
    [InlineData("ticks=*a", "--set: ticks: '*a': aliases (*name) are not allowed. Allowed: a single value or a list of values, e.g. [4,8].")]
    [InlineData("schedule.site_visits=[&a 1, *a]", "--set: schedule.site_visits: '[&a 1, *a]': anchors (&name) are not allowed. Allowed: a single value or a list of values, e.g. [4,8].")]
    [InlineData("ticks=--- 5", "--set: ticks: '--- 5': document markers (--- or ...) are not allowed. Allowed: a single value or a list of values, e.g. [4,8].")]
    [InlineData("network={schools: 3}", "--set: network: '{schools: 3}': a mapping is not allowed. Allowed: a single value or a list of values, e.g. [4,8]; set each key on its own (--set section.key=value).")]
    [InlineData("schedule.site_visits=[[1], 2]", "--set: schedule.site_visits: '[[1], 2]': a list inside a list is not allowed. Allowed: a single value or a list of values, e.g. [4,8].")]
    [InlineData("ticks=!!int 5", "--set: ticks: '!!int 5': tags (!name) are not allowed. Allowed: a single value or a list of values, e.g. [4,8].")]
    public void Yaml_beyond_a_value_or_a_flat_list_is_refused_naming_set(string assignment, string expected)
    {
        Assert.Equal(expected, Fails(assignment).ToString());
    }

    [Fact]
    public void An_alias_bomb_is_refused_before_it_is_expanded()
    {
        var bomb = "[&a [x, x], &b [*a, *a, *a, *a, *a, *a, *a, *a, *a], &c [*b, *b, *b, *b, *b, *b, *b, *b, *b], &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]]";
        Assert.Equal($"--set: schedule.site_visits: '{bomb}': anchors (&name) are not allowed. Allowed: a single value or a list of values, e.g. [4,8].", Fails("schedule.site_visits=" + bomb).ToString());
    }

    [Fact]
    public void A_value_longer_than_the_limit_is_refused_without_being_parsed()
    {
        Assert.Equal("--set: name: the value is 70,000 characters long. Allowed: at most 65,536.", Fails("name=" + new string('x', 70_000)).ToString());
    }

    /// <summary>
    /// The workshop page sets its schools as a list of names (so a scenario's own schools keep theirs); 200 of them
    /// are about 1,400 characters, which the earlier limit of 1,000 refused with "the value is 1,057 characters long".
    /// </summary>
    [Fact]
    public void A_list_of_two_hundred_school_names_can_be_set()
    {
        using var temp = new TempDirectory();
        var names = string.Join(',', ["A", "B", .. Enumerable.Range(1, 198).Select(i => $"'S{i:000}'")]);
        Assert.True(names.Length > 1_000);

        var scenario = ScenarioReader.Load(temp.Write("tiny.yaml", ScenarioYaml.Valid), [$"network.schools=[{names}]"]);

        Assert.Equal(200, scenario.Network.Schools.Count);
    }

    [Fact]
    public void An_option_other_than_set_is_named_alone()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("tiny.yaml", ScenarioYaml.Valid);
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Load(file, [new ScenarioOverride("--ticks", "ticks=-3")], null));
        Assert.Equal("--ticks: -3 is out of range. Allowed: 1 to 100000.", Assert.Single(error.Problems).ToString());
    }
}
