using System.Text.Json.Nodes;

namespace NetworkSim.Cli.Tests;

/// <summary>
/// The committed example (results/example) is a golden master: regenerated from its recorded command, every data
/// file must come out byte for byte as committed. A change nobody meant to make to a rule fails here; an intended
/// one updates the example in the same commit (results/README.md has the command).
/// </summary>
public class GoldenMasterTests
{
    private static readonly string[] DataFiles = ["timeseries.csv", "agents.csv", "schools.csv", "adoptions.csv", "edges.csv", "network.graphml"];

    /// <summary>The parts of summary.json that are results, not provenance or timings.</summary>
    private static readonly string[] SummaryResults = ["seed", "replicate_seeds", "network", "practices", "scenario"];

    [Fact]
    public async Task The_committed_example_is_regenerated_byte_for_byte_from_its_recorded_command()
    {
        var example = Path.Combine(Cli.RepositoryRoot, "results", "example");
        var recorded = JsonNode.Parse(File.ReadAllText(Path.Combine(example, "summary.json")))!;
        var command = recorded["provenance"]!["command"]!.GetValue<string>().Split(' ');
        Assert.Equal(["networksim", "run", "scenarios/workshop-demo.yaml", "--out", "results/example"], command[..5]);

        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "example");
        var outcome = await Cli.RunAsync(["run", Cli.Scenario("workshop-demo.yaml"), "--out", target, .. command[5..]]);
        Assert.True(outcome.ExitCode == 0, outcome.Error);

        var regenerate = "If the change is intended, regenerate the example with the command in results/README.md and commit it with the change.";
        foreach (var file in DataFiles)
        {
            var expected = File.ReadAllBytes(Path.Combine(example, file));
            var actual = File.ReadAllBytes(Path.Combine(target, file));
            Assert.True(expected.AsSpan().SequenceEqual(actual), $"{file} differs from results/example/{file}. {regenerate}");
        }

        var summary = JsonNode.Parse(File.ReadAllText(Path.Combine(target, "summary.json")))!;
        foreach (var key in SummaryResults)
        {
            Assert.True(JsonNode.DeepEquals(recorded[key], summary[key]), $"summary.json's \"{key}\" differs from results/example/summary.json. {regenerate}");
        }
    }
}
