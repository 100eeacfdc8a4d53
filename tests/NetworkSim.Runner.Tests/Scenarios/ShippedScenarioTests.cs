using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Runner.Tests.Scenarios;

public class ShippedScenarioTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        // scenarios/sweeps/ holds sweep files, not scenarios: Sweeps/ShippedSweepTests reads them.
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "scenarios"), "*.yaml", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}sweeps{Path.DirectorySeparatorChar}")).Order())
        {
            data.Add(Path.GetRelativePath(RepositoryRoot.Path, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_shipped_scenario_is_valid_and_opens_with_a_comment_on_what_it_shows(string file)
    {
        var path = Path.Combine(RepositoryRoot.Path, file);
        var scenario = ScenarioReader.Load(path);
        Assert.False(string.IsNullOrWhiteSpace(scenario.Description));
        Assert.StartsWith("#", File.ReadLines(path).First());
    }
}
