using NetworkSim.Contracts.Grains;
using NetworkSim.Contracts.Messages;
using NetworkSim.Model.Engine;
using NetworkSim.Model.Metrics;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Running;

namespace NetworkSim.Grains.Tests;

/// <summary>A run checkpointed at a tick boundary can be taken up again by a fresh run id and reaches the undisturbed result.</summary>
[Collection(ClusterCollection.Name)]
public class CheckpointTests(ClusterFixture clusters)
{
    private const ulong Seed = 11;

    [Fact]
    public async Task A_run_abandoned_after_a_checkpoint_and_restored_from_it_into_a_fresh_run_id_ends_with_the_metrics_of_an_undisturbed_run()
    {
        var scenario = GrainScenarios.EveryMechanism(replicates: 1);
        var setup = new RunSetup(ScenarioJson.Serialize(scenario), Seed, 0);
        var client = clusters.ThreeSilos.Client;
        var runId = $"checkpointed-{Guid.NewGuid():N}";
        var run = client.GetGrain<IRunCoordinatorGrain>(runId);
        var ticks = new List<TickMetrics>((await run.InitializeAsync(setup)).Ticks);
        ticks.AddRange((await run.StepAsync(7)).Ticks);
        Assert.Equal(new CheckpointRef(runId, 7), await run.CheckpointAsync());
        ticks.AddRange((await run.StepAsync(3)).Ticks);
        var checkpoint = await run.CheckpointAsync();
        Assert.Equal(new CheckpointRef(runId, 10), checkpoint);
        // The run goes on past the checkpoint (as a run does until a silo dies), then is abandoned (its grains on the
        // silos left end and clear their pieces, all but the checkpoint kept) and a fresh run id takes it up.
        await run.StepAsync(4);
        await run.AbandonAsync(checkpoint);

        var restored = client.GetGrain<IRunCoordinatorGrain>($"{runId}~r1");
        var resumed = await restored.RestoreAsync(setup, checkpoint);
        Assert.Equal(Csv(scenario, [ticks[10]]), Csv(scenario, resumed.Ticks));
        ticks.AddRange((await restored.StepAsync(1000)).Ticks);
        await restored.EndAsync();

        var undisturbed = Simulation.Run(scenario, Seed);
        Assert.True(undisturbed[10].BrokeredTies > 0, "ties were brokered before the checkpoint");
        Assert.Equal(Csv(scenario, undisturbed), Csv(scenario, ticks));
    }

    [Fact]
    public async Task Restoring_from_a_checkpoint_that_was_never_written_is_refused_naming_the_missing_piece()
    {
        var scenario = GrainScenarios.EveryMechanism(replicates: 1);
        var runId = $"never-checkpointed-{Guid.NewGuid():N}";
        var restored = clusters.OneSilo.Client.GetGrain<IRunCoordinatorGrain>($"{runId}~r1");
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            restored.RestoreAsync(new RunSetup(ScenarioJson.Serialize(scenario), Seed, 0), new CheckpointRef(runId, 4)));
        Assert.Equal($"Checkpoint piece '{runId}@4/run' is not in grain storage 'networksim-checkpoints'.", error.Message);
    }

    private static string Csv(Scenario scenario, IReadOnlyList<TickMetrics> ticks) =>
        TimeseriesCsv.Write(new ScenarioResults(scenario, [new ReplicateResult(0, Seed, ticks, [], TimeSpan.Zero)], DateTimeOffset.UnixEpoch, TimeSpan.Zero));
}
