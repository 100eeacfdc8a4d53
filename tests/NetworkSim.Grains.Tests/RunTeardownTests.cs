using Microsoft.Extensions.DependencyInjection;
using NetworkSim.Contracts.Grains;
using NetworkSim.Contracts.Messages;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Grains.Tests;

/// <summary>
/// A run that has ended holds nothing in the silo any more, so that replicates run one after another hold one
/// replicate's memory at a time (a second replicate used to start while the first's grains were still deactivating
/// and still held its run model and states).
/// </summary>
[Collection(ClusterCollection.Name)]
public class RunTeardownTests(ClusterFixture clusters)
{
    [Fact]
    public async Task When_EndAsync_returns_the_silo_holds_no_activation_and_no_run_model_of_the_run()
    {
        var cluster = clusters.OneSilo;
        var runId = $"teardown-{Guid.NewGuid():N}";
        var run = cluster.Client.GetGrain<IRunCoordinatorGrain>(runId);
        await run.InitializeAsync(new RunSetup(ScenarioJson.Serialize(GrainScenarios.EveryMechanism(replicates: 1) with { Ticks = 2 }), 9, 0));
        await run.StepAsync(2);
        var model = await SiloInspection.ModelAsync(cluster, runId);
        Assert.Equal(80 + 10 + 2, await SiloInspection.ActivationsAsync(cluster, $"{runId}/"));

        await run.EndAsync();

        Assert.Equal(0, await SiloInspection.ActivationsAsync(cluster, $"{runId}/"));
        // Each activation left the silo's count as Orleans disposed it (the end waited for that, not for its patience).
        var live = cluster.Silos[0].ServiceProvider.GetRequiredService<RunGrains>();
        Assert.All([RunGrains.Participants, RunGrains.Schools, RunGrains.Facilitators], kind => Assert.Equal(0, live.Count(runId, kind)));
        // Nothing may hold the run model any more (not the cache, the coordinator, a school or a participant).
        Assert.False(SiloInspection.Alive(model), "the ended run's model is still referenced");
        Assert.False(SiloInspection.Cache(cluster).Holds(runId));
    }
}
