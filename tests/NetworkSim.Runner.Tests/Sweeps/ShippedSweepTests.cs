using NetworkSim.Runner.Sweeps;

namespace NetworkSim.Runner.Tests.Sweeps;

public class ShippedSweepTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "scenarios", "sweeps"), "*.yaml").Order())
        {
            data.Add(Path.GetRelativePath(RepositoryRoot.Path, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_shipped_sweep_is_valid_and_opens_with_a_comment_on_what_it_shows(string file)
    {
        var path = Path.Combine(RepositoryRoot.Path, file);
        var sweep = SweepReader.Load(path);
        Assert.NotEmpty(sweep.Points);
        Assert.StartsWith("#", File.ReadLines(path).First());
        Assert.Contains("What it shows", File.ReadAllText(path));
    }
}
