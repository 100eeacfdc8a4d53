using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Runner.Tests.Scenarios;

public class ShippedScenarioTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in ShippedScenarios.Files())
        {
            data.Add(file);
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Files))]
    public void Every_shipped_scenario_is_valid_and_opens_with_a_comment_on_what_it_shows(string file)
    {
        using var temp = new TempDirectory();
        var path = ShippedScenarios.Prepare(file, temp);
        var scenario = ScenarioReader.Load(path);
        Assert.False(string.IsNullOrWhiteSpace(scenario.Description));
        Assert.StartsWith("#", File.ReadLines(Path.Combine(RepositoryRoot.Path, file)).First());
    }
}
