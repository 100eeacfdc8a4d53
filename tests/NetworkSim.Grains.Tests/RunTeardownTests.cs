using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using NetworkSim.Contracts.Grains;
using NetworkSim.Contracts.Messages;
using NetworkSim.Model.Scenarios;
using Orleans.TestingHost;

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
        var model = await ModelAsync(cluster, runId);
        Assert.Equal(80 + 10 + 2, await ActivationsAsync(cluster, $"{runId}/"));

        await run.EndAsync();

        Assert.Equal(0, await ActivationsAsync(cluster, $"{runId}/"));
        // Each activation left the silo's count as Orleans disposed it (the end waited for that, not for its patience).
        var live = cluster.Silos[0].ServiceProvider.GetRequiredService<RunGrains>();
        Assert.All([RunGrains.Participants, RunGrains.Schools, RunGrains.Facilitators], kind => Assert.Equal(0, live.Count(runId, kind)));
        // Nothing may hold the run model any more (not the cache, the coordinator, a school or a participant).
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Assert.False(model.IsAlive, "the ended run's model is still referenced");
        Assert.False(Cache(cluster).Holds(runId));
    }

    /// <summary>A weak reference to the run's model, taken where no local keeps it alive.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<WeakReference> ModelAsync(InProcessTestCluster cluster, string runId) =>
        new(await Cache(cluster).GetAsync(runId));

    /// <summary>The run's participant, school and facilitator activations in the cluster, deactivating ones included.</summary>
    private static async Task<int> ActivationsAsync(InProcessTestCluster cluster, string prefix)
    {
        // Asked in the silo itself, without the client's round trip.
        var grains = cluster.Silos[0].ServiceProvider.GetRequiredService<IGrainFactory>();
        var statistics = await grains.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
        return statistics.Count(s => s.GrainId.ToString().Contains(prefix));
    }

    private static RunModelCache Cache(InProcessTestCluster cluster) =>
        cluster.Silos[0].ServiceProvider.GetRequiredService<RunModelCache>();
}
