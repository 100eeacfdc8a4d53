using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Runner.Tests.Scenarios;

public class ScenarioReaderTests
{
    [Fact]
    public void A_valid_scenario_is_read_with_every_default_filled_in()
    {
        using var temp = new TempDirectory();
        var scenario = ScenarioReader.Load(temp.Write("tiny.yaml", ScenarioYaml.Valid));
        Assert.Equal("tiny", scenario.Name);
        Assert.Equal(["A", "B", "C", "D"], scenario.Network.Schools);
        Assert.Equal(new RoleCounts(1, 0, 1, 0), scenario.Network.Team);
        Assert.Equal(0.1, scenario.Parameters.Trust.Growth);
        Assert.Equal(new Model.Parameters.TrustParameters().Erosion, scenario.Parameters.Trust.Erosion);
        Assert.Equal([3], scenario.Schedule.SiteVisits);
        Assert.Equal(0.5, scenario.Network.Diversity);
    }

    [Fact]
    public void The_resolved_scenario_survives_its_json_form_unchanged()
    {
        using var temp = new TempDirectory();
        var scenario = ScenarioReader.Load(temp.Write("tiny.yaml", ScenarioYaml.Valid));
        var json = ScenarioJson.Serialize(scenario);
        Assert.Equal(json, ScenarioJson.Serialize(ScenarioJson.Deserialize(json)));
    }

    [Fact]
    public void Overrides_change_values_and_are_checked_like_the_file()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("tiny.yaml", ScenarioYaml.Valid);
        var scenario = ScenarioReader.Load(file, ["network.diversity=0.9", "seed=77", "schedule.site_visits=[2, 4]", "parameters.adoption.rate=0.5"]);
        Assert.Equal(0.9, scenario.Network.Diversity);
        Assert.Equal(77UL, scenario.Seed);
        Assert.Equal([2, 4], scenario.Schedule.SiteVisits);
        Assert.Equal(0.5, scenario.Parameters.Adoption.Rate);

        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Load(file, ["network.diversity=2"]));
        Assert.Contains("network.diversity: 2 is out of range. Allowed: 0 to 1.", error.Message);
    }

    [Fact]
    public void An_override_without_an_equals_sign_is_refused()
    {
        using var temp = new TempDirectory();
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Load(temp.Write("tiny.yaml", ScenarioYaml.Valid), ["network.diversity"]));
        Assert.Contains("--set: network.diversity: expected key.path=value", error.Message);
    }
}
