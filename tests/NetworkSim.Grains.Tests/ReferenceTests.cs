using NetworkSim.Model.Engine;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Running;
using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Grains.Tests;

/// <summary>
/// The grains held against the sequential reference (<see cref="Simulation"/>): every shipped scenario, shortened,
/// gives byte-identical timeseries on one silo, on three and in-process without Orleans.
/// </summary>
[Collection(ClusterCollection.Name)]
public class ReferenceTests(ClusterFixture clusters)
{
    public static TheoryData<string> ShippedScenarios()
    {
        var data = new TheoryData<string>();
        foreach (var file in NetworkSim.Tests.Shared.ShippedScenarios.Files())
        {
            data.Add(file);
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(ShippedScenarios))]
    public async Task A_shipped_scenario_gives_the_same_timeseries_on_one_silo_on_three_and_in_the_reference(string file)
    {
        using var temp = new TempDirectory();
        var scenario = Shortened(NetworkSim.Tests.Shared.ShippedScenarios.Prepare(file, temp));
        var expected = Reference(scenario);
        var reference = TimeseriesCsv.Write(expected);
        var one = await new ScenarioRunner(clusters.OneSilo.Client).RunAsync(scenario, parallel: 2);
        Assert.Equal(reference, TimeseriesCsv.Write(one));
        // Beyond the columns: events, exposure counts and school adoption too (the grains leave quiet schools uncalled, the reference steps them).
        Assert.Equal(Everything(expected), Everything(one));
        var three = await new ScenarioRunner(clusters.ThreeSilos.Client).RunAsync(scenario, parallel: 2);
        Assert.Equal(reference, TimeseriesCsv.Write(three));
    }

    private static string Everything(ScenarioResults results) =>
        System.Text.Json.JsonSerializer.Serialize(results.Replicates.Select(r => r.Ticks));

    /// <summary>Runs every replicate through the reference, seeded as the scenario runner seeds it.</summary>
    public static ScenarioResults Reference(Scenario scenario, bool skipIdle = true) => new(
        scenario,
        Enumerable.Range(0, scenario.Replicates).Select(r => new ReplicateResult(
            r, Model.Randomness.CounterRandom.ReplicateSeed(scenario.Seed, r), Simulation.RunReplicate(scenario, r, skipIdle), [], TimeSpan.Zero)).ToArray(),
        DateTimeOffset.UnixEpoch,
        TimeSpan.Zero);

    /// <summary>Two replicates of at most 30 ticks, and 6 for the scenarios of 10,000 participants or more (the whole class stays near a minute on 2 cores).</summary>
    private static Scenario Shortened(string path)
    {
        var full = ScenarioReader.Load(path);
        var ticks = Math.Min(full.Ticks, full.Network.ParticipantCount >= 10_000 ? 6 : 30);
        return ScenarioReader.Load(path, ["replicates=2", $"ticks={ticks}"]);
    }
}
