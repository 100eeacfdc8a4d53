namespace NetworkSim.Cli.Tests;

public class TextbookAgentOutputTests
{
    [Fact]
    public async Task A_textbook_models_agent_school_and_network_files_leave_what_it_does_not_hold_empty()
    {
        using var temp = new TempDirectory();
        var folder = Path.Combine(temp.Path, "sir");
        var outcome = await Cli.RunAsync(["run", Cli.Scenario(Path.Combine("classic", "sir.yaml")), "--out", folder, "--ticks", "3", "--replicates", "1", "--agents", "final", "--network", "--quiet"]);
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        var agents = Table(Path.Combine(folder, "agents.csv"));
        Assert.NotEmpty(agents);
        Assert.All(agents, row =>
        {
            Assert.Equal("", row["knowledge"]);
            Assert.Equal("", row["engagement"]);
            Assert.Equal("", row["dropped_out"]);
            Assert.Contains(row["sir_state"], new[] { "S", "I", "R" });
        });
        var schools = Table(Path.Combine(folder, "schools.csv"));
        Assert.NotEmpty(schools);
        Assert.All(schools, row => Assert.True(row["support"] == "" && row["institutionalised"] == "" && row["adopters"] != ""));
        var edges = Table(Path.Combine(folder, "edges.csv"));
        Assert.NotEmpty(edges);
        Assert.All(edges, row => Assert.True(row["trust_source_target"] == "" && row["trust_target_source"] == "" && row["brokered"] == "" && row["formed_tick"] != ""));
        var graph = File.ReadAllText(Path.Combine(folder, "network.graphml"));
        Assert.Contains("attr.name=\"practising_", graph);
        Assert.All(["attr.name=\"trust\"", "attr.name=\"knowledge_", "attr.name=\"engagement\"", "attr.name=\"brokered\""], key => Assert.DoesNotContain(key, graph));
    }

    private static List<Dictionary<string, string>> Table(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second))];
    }
}
