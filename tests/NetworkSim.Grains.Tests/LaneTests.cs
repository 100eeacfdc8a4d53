using Microsoft.Extensions.DependencyInjection;
using NetworkSim.Contracts;
using NetworkSim.Contracts.Grains;
using NetworkSim.Contracts.Messages;
using NetworkSim.Model.Agents;
using NetworkSim.Model.Engine;
using NetworkSim.Model.Metrics;
using NetworkSim.Model.Randomness;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Running;
using NetworkSim.Runner.Validation;

namespace NetworkSim.Grains.Tests;

/// <summary>
/// A lane: replicates run one after another under one run id, reset between them (<see cref="IRunCoordinatorGrain.ResetAsync"/>),
/// so that a further replicate does not activate its schools and participants again. Nothing of one replicate may
/// reach the next, and ending the lane ends the grains of every replicate it ran.
/// </summary>
[Collection(ClusterCollection.Name)]
public class LaneTests(ClusterFixture clusters)
{
    public static TheoryData<string, int> Scenarios => new()
    {
        { "every-mechanism", 1 },
        { "every-mechanism", 3 },
        { "threshold", 1 },
        { "threshold", 3 },
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task A_lane_s_next_replicate_gives_the_ticks_of_that_replicate_run_under_a_run_id_of_its_own(string name, int silos)
    {
        var cluster = silos == 1 ? clusters.OneSilo : clusters.ThreeSilos;
        var scenario = Scenario(name);
        var lane = cluster.Client.GetGrain<IRunCoordinatorGrain>($"lane-{Guid.NewGuid():N}");
        await RunAsync(lane, scenario, 0);
        await lane.ResetAsync();
        var second = await RunAsync(lane, scenario, 1);
        await lane.EndAsync();

        var alone = cluster.Client.GetGrain<IRunCoordinatorGrain>($"alone-{Guid.NewGuid():N}");
        var expected = await RunAsync(alone, scenario, 1);
        await alone.EndAsync();
        Assert.Equal(expected.Count, second.Count);
        Assert.Equal(Csv(scenario, expected), Csv(scenario, second));
    }

    [Fact]
    public async Task A_reset_keeps_the_run_s_activations_and_lets_go_of_its_model()
    {
        var cluster = clusters.OneSilo;
        var runId = $"reset-{Guid.NewGuid():N}";
        var lane = cluster.Client.GetGrain<IRunCoordinatorGrain>(runId);
        await RunAsync(lane, GrainScenarios.EveryMechanism(replicates: 1), 0);
        var live = cluster.Silos[0].ServiceProvider.GetRequiredService<RunGrains>();
        var participants = live.Count(runId, RunGrains.Participants);
        var model = await SiloInspection.ModelAsync(cluster, runId);

        await lane.ResetAsync();

        Assert.Equal(80, participants);
        Assert.Equal(participants, live.Count(runId, RunGrains.Participants));
        Assert.Equal(10, live.Count(runId, RunGrains.Schools));
        Assert.False(SiloInspection.Cache(cluster).Holds(runId));
        Assert.False((await lane.GetStatusAsync()).Initialized);
        // Nothing may hold the replicate's model any more (not the cache, the coordinator, a school or a participant).
        Assert.False(SiloInspection.Alive(model), "the reset replicate's model is still referenced");
        await lane.EndAsync();
    }

    [Fact]
    public async Task After_a_reset_no_silo_of_three_holds_the_run_s_model()
    {
        var cluster = clusters.ThreeSilos;
        var runId = $"reset-three-{Guid.NewGuid():N}";
        var lane = cluster.Client.GetGrain<IRunCoordinatorGrain>(runId);
        await RunAsync(lane, GrainScenarios.EveryMechanism(replicates: 1), 0);

        await lane.ResetAsync();

        Assert.All(cluster.Silos, silo => Assert.False(silo.ServiceProvider.GetRequiredService<RunModelCache>().Holds(runId)));
        await lane.EndAsync();
    }

    [Fact]
    public async Task A_facilitator_s_end_lets_go_of_the_run_model_on_its_silo()
    {
        // A silo may host a run's facilitator and nothing else of it: no school or coordinator would remove the model there.
        var cluster = clusters.OneSilo;
        var runId = $"facilitator-end-{Guid.NewGuid():N}";
        var run = cluster.Client.GetGrain<IRunCoordinatorGrain>(runId);
        var scenario = GrainScenarios.EveryMechanism(replicates: 1);
        await run.InitializeAsync(new RunSetup(ScenarioJson.Serialize(scenario), 9, 0));
        await run.StepAsync(scenario.Schedule.ConveningEvery);
        Assert.True(SiloInspection.Cache(cluster).Holds(runId));

        await cluster.Client.GetGrain<IFacilitatorGrain>(GrainKeys.Facilitator(runId, 0)).EndAsync();

        Assert.False(SiloInspection.Cache(cluster).Holds(runId));
        await run.EndAsync();
    }

    [Fact]
    public async Task Ending_a_lane_deactivates_the_participants_every_replicate_it_ran_called()
    {
        var cluster = clusters.OneSilo;
        var runId = $"lane-end-{Guid.NewGuid():N}";
        var lane = cluster.Client.GetGrain<IRunCoordinatorGrain>(runId);
        // Below the cascade's threshold a replicate calls the seeds' neighbourhoods, not every participant.
        var scenario = ClassicScenarios.Threshold(1000, 6, 0.45, replicates: 2);
        await RunAsync(lane, scenario, 0);
        await lane.ResetAsync();
        var live = cluster.Silos[0].ServiceProvider.GetRequiredService<RunGrains>();
        var first = live.Count(runId, RunGrains.Participants);
        await RunAsync(lane, scenario, 1);
        // The guard of this test: the second replicate called participants the first did not, and not all 1,000.
        Assert.InRange(live.Count(runId, RunGrains.Participants), first + 1, 999);

        await lane.EndAsync();

        Assert.All([RunGrains.Participants, RunGrains.Schools, RunGrains.Facilitators], kind => Assert.Equal(0, live.Count(runId, kind)));
        Assert.Equal(0, await SiloInspection.ActivationsAsync(cluster, $"{runId}/"));
    }

    [Fact]
    public async Task The_runner_runs_replicates_in_lanes_and_ends_them_with_the_run()
    {
        var cluster = clusters.OneSilo;
        var scenario = GrainScenarios.LaneBatch($"lanes-{Guid.NewGuid():N}");
        var results = await new ScenarioRunner(cluster.Client).RunAsync(scenario, parallel: 2);

        Assert.Equal(0, await SiloInspection.ActivationsAsync(cluster, scenario.Name));
        for (var r = 0; r < scenario.Replicates; r++)
        {
            var alone = await new ScenarioRunner(cluster.Client).RunReplicateAsync(scenario, r);
            Assert.Equal(Csv(scenario, alone.Ticks), Csv(scenario, results.Replicates[r].Ticks));
        }
    }

    [Fact]
    public async Task Runs_of_different_scenarios_share_a_lane_as_a_sweep_s_do_and_give_the_results_of_runs_of_their_own()
    {
        var cluster = clusters.OneSilo;
        var name = $"sweep-lanes-{Guid.NewGuid():N}";
        var small = GrainScenarios.EveryMechanism(replicates: 1);
        // More schools, so that the lane's second run initialises schools its first never had, and the third fewer.
        var large = small with { Network = small.Network with { Schools = [.. Enumerable.Range(1, 14).Select(i => $"S{i}")] } };
        var runner = new ScenarioRunner(cluster.Client);
        var inLane = new List<ReplicateResult>();
        await using (var lanes = new Lanes(cluster.Client, name))
        {
            foreach (var scenario in new[] { small, large, small })
            {
                inLane.Add(await runner.RunReplicateAsync(scenario, 0, default, lanes));
            }

            Assert.Equal(1, lanes.Opened);
            await lanes.EndAsync();
        }

        Assert.Equal(0, await SiloInspection.ActivationsAsync(cluster, name));
        Assert.Equal(Csv(small, (await runner.RunReplicateAsync(small, 0)).Ticks), Csv(small, inLane[0].Ticks));
        Assert.Equal(Csv(large, (await runner.RunReplicateAsync(large, 0)).Ticks), Csv(large, inLane[1].Ticks));
        Assert.Equal(Csv(small, inLane[0].Ticks), Csv(small, inLane[2].Ticks));
    }

    [Fact]
    public async Task A_participant_handed_its_state_steps_that_state_even_while_it_holds_another()
    {
        // The second guard beside the reset, alone: a participant that holds a state (here, the one its first call
        // stepped to tick 1) takes the state its school hands it, as a lane's next replicate hands it tick 0's.
        var scenario = GrainScenarios.EveryMechanism(replicates: 1);
        var seed = CounterRandom.ReplicateSeed(scenario.Seed, 0);
        var runId = $"handover-{Guid.NewGuid():N}";
        var client = clusters.OneSilo.Client;
        var run = client.GetGrain<IRunCoordinatorGrain>(runId);
        await run.InitializeAsync(new RunSetup(ScenarioJson.Serialize(scenario), seed, 0));
        var model = new RunModel(scenario, seed);
        const int Index = 3;
        var school = model.Network.School[Index];
        var start = (await client.GetGrain<ISchoolGrain>(GrainKeys.School(runId, school)).GetParticipantStateAsync(Index)).State;
        var tick = GrainScenarios.QuietTick(0);
        var contacts = model.Network.ContactsOf(Index).ToArray().Select(model.InitialPeer).ToArray();
        var call = new ParticipantCall(Index - model.Network.SchoolStart[school], 0, new SchoolContext(tick, 0.5, 0), contacts);
        var participant = client.GetGrain<IParticipantGrain>(GrainKeys.Participant(runId, Index));

        var first = await participant.StepAsync(new ParticipantInput(call, start.Clone()));
        var again = await participant.StepAsync(new ParticipantInput(call, start.Clone()));

        var expected = ParticipantTick.Step(model, start, call).State;
        Assert.Equal(1, first.Outcome.State.Tick);
        Assert.Equal(1, again.Outcome.State.Tick);
        Assert.Equal(expected.Knowledge, again.Outcome.State.Knowledge);
        Assert.Equal(expected.Trust, again.Outcome.State.Trust);
        Assert.Equal(expected.Engagement, again.Outcome.State.Engagement);
        // Its school never called it, so the run's end would not end it (and would wait for it to go).
        await participant.EndAsync();
        await run.EndAsync();
    }

    private static Scenario Scenario(string name) => name == "threshold"
        ? ClassicScenarios.Threshold(1000, 6, 0.18, replicates: 2)
        : GrainScenarios.EveryMechanism(replicates: 2);

    private static async Task<List<TickMetrics>> RunAsync(IRunCoordinatorGrain run, Scenario scenario, int replicate)
    {
        var ticks = new List<TickMetrics>((await run.InitializeAsync(new RunSetup(ScenarioJson.Serialize(scenario), CounterRandom.ReplicateSeed(scenario.Seed, replicate), replicate))).Ticks);
        TickBatch batch;
        do
        {
            batch = await run.StepAsync(5);
            ticks.AddRange(batch.Ticks);
        }
        while (!batch.Finished);
        return ticks;
    }

    private static string Csv(Scenario scenario, IReadOnlyList<TickMetrics> ticks) =>
        TimeseriesCsv.Write(new ScenarioResults(scenario, [new ReplicateResult(1, 0, ticks, [], TimeSpan.Zero, null)], DateTimeOffset.UnixEpoch, TimeSpan.Zero));
}
