using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Runner.Tests.Scenarios;

public class ShippedScenarioTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "scenarios"), "*.yaml", SearchOption.AllDirectories).Order())
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
        using var temp = new TempDirectory();
        var folder = Path.GetDirectoryName(path)!;
        if (Directory.GetFiles(folder, "make_*.py").Length > 0)
        {
            // Its network files are built at test time from data networkx ships (scenarios/networks), never committed.
            foreach (var script in Directory.GetFiles(folder, "make_*.py"))
            {
                Python.Run(File.ReadAllText(script), temp.Path);
            }

            path = temp.Write(Path.GetFileName(path), File.ReadAllText(path));
        }

        var scenario = ScenarioReader.Load(path);
        Assert.False(string.IsNullOrWhiteSpace(scenario.Description));
        Assert.StartsWith("#", File.ReadLines(Path.Combine(RepositoryRoot.Path, file)).First());
    }
}
