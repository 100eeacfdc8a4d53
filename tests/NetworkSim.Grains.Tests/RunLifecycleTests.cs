using NetworkSim.Contracts.Grains;
using NetworkSim.Contracts.Messages;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Grains.Tests;

[Collection(ClusterCollection.Name)]
public class RunLifecycleTests(ClusterFixture clusters)
{
    [Fact]
    public async Task A_run_can_be_stepped_from_outside_one_tick_at_a_time()
    {
        var scenario = GrainScenarios.EveryMechanism(replicates: 1);
        var run = clusters.ThreeSilos.Client.GetGrain<IRunCoordinatorGrain>($"stepped-{Guid.NewGuid():N}");
        var initial = await run.InitializeAsync(new RunSetup(ScenarioJson.Serialize(scenario), 9, 0));
        Assert.Equal(0, Assert.Single(initial.Ticks).Tick);

        var first = await run.StepAsync(1);
        Assert.Equal(1, Assert.Single(first.Ticks).Tick);
        var status = await run.GetStatusAsync();
        Assert.Equal(new RunStatus(true, 1, 24, 10, 80), status);

        var rest = await run.StepAsync(1000);
        Assert.Equal(23, rest.Ticks.Length);
        Assert.True(rest.Finished);
        Assert.Empty((await run.StepAsync(1)).Ticks);
        await run.EndAsync();
    }

    [Fact]
    public async Task A_run_cannot_be_initialised_twice()
    {
        var scenario = GrainScenarios.EveryMechanism(replicates: 1);
        var run = clusters.OneSilo.Client.GetGrain<IRunCoordinatorGrain>($"twice-{Guid.NewGuid():N}");
        var setup = new RunSetup(ScenarioJson.Serialize(scenario), 9, 0);
        await run.InitializeAsync(setup);
        await Assert.ThrowsAsync<InvalidOperationException>(() => run.InitializeAsync(setup));
        await run.EndAsync();
    }

    [Fact]
    public async Task The_schools_of_a_run_are_spread_over_the_silos_of_a_cluster()
    {
        var scenario = GrainScenarios.EveryMechanism(replicates: 1);
        var runId = $"spread-{Guid.NewGuid():N}";
        var run = clusters.ThreeSilos.Client.GetGrain<IRunCoordinatorGrain>(runId);
        await run.InitializeAsync(new RunSetup(ScenarioJson.Serialize(scenario), 9, 0));
        var management = clusters.ThreeSilos.Client.GetGrain<IManagementGrain>(0);
        var statistics = await management.GetDetailedGrainStatistics();
        var silos = statistics.Where(s => s.GrainId.ToString().Contains($"{runId}/school/")).Select(s => s.SiloAddress).Distinct().Count();
        await run.EndAsync();
        Assert.True(silos >= 2, $"schools ran on {silos} silo(s)");
    }
}
