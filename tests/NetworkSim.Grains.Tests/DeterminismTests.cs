using NetworkSim.Runner.Output;
using NetworkSim.Runner.Running;

namespace NetworkSim.Grains.Tests;

[Collection(ClusterCollection.Name)]
public class DeterminismTests(ClusterFixture clusters)
{
    [Fact]
    public async Task The_same_seed_gives_byte_identical_timeseries_on_one_silo_and_on_three()
    {
        var scenario = GrainScenarios.EveryMechanism();
        var one = await new ScenarioRunner(clusters.OneSilo.Client).RunAsync(scenario, parallel: 2);
        var three = await new ScenarioRunner(clusters.ThreeSilos.Client).RunAsync(scenario, parallel: 2);
        var again = await new ScenarioRunner(clusters.ThreeSilos.Client).RunAsync(scenario, parallel: 1);
        var csv = TimeseriesCsv.Write(one);
        Assert.Equal(csv, TimeseriesCsv.Write(three));
        Assert.Equal(csv, TimeseriesCsv.Write(again));
    }

    [Fact]
    public async Task The_scenario_exercises_every_mechanism_it_is_meant_to()
    {
        // Guards the determinism test above: it proves little if nothing happens in the run.
        var results = await new ScenarioRunner(clusters.ThreeSilos.Client).RunAsync(GrainScenarios.EveryMechanism(replicates: 1));
        var ticks = results.Replicates[0].Ticks;
        Assert.True(ticks[^1].BrokeredTies > 0, "facilitators brokered ties");
        Assert.True(ticks[^1].Value("dropped_out") > 0, "members dropped out");
        Assert.True(ticks[^1].Value("adopters") > ticks[0].Value("adopters"), "the practice spread");
        Assert.True(ticks[^1].Value("mean_trust") > ticks[0].Value("mean_trust"), "trust grew");
        Assert.Contains(ticks, t => t.Events.Any(e => !e.Adopted));
    }

    [Fact]
    public async Task Different_seeds_give_different_runs()
    {
        var a = await new ScenarioRunner(clusters.OneSilo.Client).RunAsync(GrainScenarios.EveryMechanism(seed: 1, replicates: 1));
        var b = await new ScenarioRunner(clusters.OneSilo.Client).RunAsync(GrainScenarios.EveryMechanism(seed: 2, replicates: 1));
        Assert.NotEqual(TimeseriesCsv.Write(a), TimeseriesCsv.Write(b));
    }

    [Fact]
    public async Task Replicates_of_one_scenario_differ_from_one_another()
    {
        var results = await new ScenarioRunner(clusters.OneSilo.Client).RunAsync(GrainScenarios.EveryMechanism(replicates: 2));
        var finals = results.Replicates.Select(r => r.Ticks[^1]).ToArray();
        Assert.NotEqual(finals[0].Practices[0].SchoolAdoption, finals[1].Practices[0].SchoolAdoption);
    }
}
