using NetworkSim.Contracts;
using NetworkSim.Contracts.Grains;
using NetworkSim.Contracts.Messages;
using NetworkSim.Model.Agents;
using NetworkSim.Model.Engine;
using NetworkSim.Model.Metrics;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Running;

namespace NetworkSim.Grains.Tests;

/// <summary>State never silently resets: a participant grain deactivated mid-run resumes from its school's copy, and a stale call is refused.</summary>
[Collection(ClusterCollection.Name)]
public class ReactivationTests(ClusterFixture clusters)
{
    private const ulong Seed = 9;

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Participants_deactivated_mid_run_resume_where_they_were_and_the_run_reaches_the_undisturbed_result(int silos) =>
        // Every participant, back-home staff and members with brokered ties alike, loses its activation at tick 8.
        await DeactivatedMidRunAsync(silos, 8, async (client, runId, run, _) =>
        {
            var participants = (await run.GetStatusAsync()).Participants;
            await Task.WhenAll(Enumerable.Range(0, participants).Select(i => client.GetGrain<IParticipantGrain>(GrainKeys.Participant(runId, i)).EndAsync()));
        });

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Facilitators_deactivated_mid_run_get_their_state_back_and_the_run_reaches_the_undisturbed_result(int silos) =>
        // Both facilitators lose their activation after the convenings of ticks 0, 3, 6 and 9: what they brokered and
        // who dropped out must come back, or they broker an existing tie again and forget who left.
        await DeactivatedMidRunAsync(silos, 10, (client, runId, _, scenario) =>
            Task.WhenAll(Enumerable.Range(0, scenario.Facilitators.Count).Select(f => client.GetGrain<IFacilitatorGrain>(GrainKeys.Facilitator(runId, f)).EndAsync())));

    [Fact]
    public async Task A_facilitator_asked_to_plan_from_another_convening_than_its_own_refuses_naming_the_run_the_grain_and_both_ticks()
    {
        var scenario = GrainScenarios.EveryMechanism(replicates: 1);
        var runId = $"stale-facilitator-{Guid.NewGuid():N}";
        var client = clusters.OneSilo.Client;
        var run = client.GetGrain<IRunCoordinatorGrain>(runId);
        await run.InitializeAsync(new RunSetup(ScenarioJson.Serialize(scenario), Seed, 0));
        await run.StepAsync(4); // convenings at ticks 0 and 3: the facilitators hold their state of tick 3
        var facilitator = client.GetGrain<IFacilitatorGrain>(GrainKeys.Facilitator(runId, 1));

        // Tick 9's news follows the convening of tick 6, which this facilitator never planned.
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => facilitator.PlanAsync(new FacilitationInput(new FacilitationNews(9, [], []))));
        Assert.Equal($"Run '{runId}': facilitator grain '{runId}/facilitator/1' holds its state of the convening at tick 3, but the news of tick 9 follows the convening at tick 6.", error.Message);
        await run.EndAsync();
    }

    [Fact]
    public async Task A_school_stepped_for_another_tick_than_its_own_refuses_naming_the_run_the_grain_and_both_ticks()
    {
        var scenario = GrainScenarios.EveryMechanism(replicates: 1);
        var runId = $"stale-school-{Guid.NewGuid():N}";
        var run = clusters.OneSilo.Client.GetGrain<IRunCoordinatorGrain>(runId);
        await run.InitializeAsync(new RunSetup(ScenarioJson.Serialize(scenario), Seed, 0));
        var school = clusters.OneSilo.Client.GetGrain<ISchoolGrain>(GrainKeys.School(runId, 2));
        var tick = GrainScenarios.QuietTick(5);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => school.StepAsync(new NetworkTickMessage(tick, [])));
        Assert.Equal($"Run '{runId}': school grain '{runId}/school/2' is at tick 0 but was asked to step tick 5, and it was not settled there: a school is left uncalled only at its quiet ticks.", error.Message);
        await run.EndAsync();
    }

    [Fact]
    public async Task A_school_announced_a_tick_with_states_for_another_tick_or_school_refuses_them_naming_the_run_the_grain_and_the_batch()
    {
        var scenario = GrainScenarios.EveryMechanism(replicates: 1);
        var runId = $"late-batch-{Guid.NewGuid():N}";
        var run = clusters.OneSilo.Client.GetGrain<IRunCoordinatorGrain>(runId);
        await run.InitializeAsync(new RunSetup(ScenarioJson.Serialize(scenario), Seed, 0));
        await run.StepAsync(3);
        var school = clusters.OneSilo.Client.GetGrain<ISchoolGrain>(GrainKeys.School(runId, 2));
        var tick = GrainScenarios.QuietTick(3);

        // States sent for tick 1 would never be read now, and the run would go on without them; another school's are not its own.
        var late = await Assert.ThrowsAsync<InvalidOperationException>(() => school.StepAsync(new NetworkTickMessage(tick, [new SchoolBatch(0, 2, 1, [])])));
        Assert.Equal($"Run '{runId}': school grain '{runId}/school/2' was announced tick 3 with school 0's states for school 2 at tick 1.", late.Message);
        var misrouted = await Assert.ThrowsAsync<InvalidOperationException>(() => school.StepAsync(new NetworkTickMessage(tick, [new SchoolBatch(0, 5, 3, [])])));
        Assert.Equal($"Run '{runId}': school grain '{runId}/school/2' was announced tick 3 with school 0's states for school 5 at tick 3.", misrouted.Message);
        await run.EndAsync();
    }

    [Fact]
    public async Task A_participant_called_for_a_state_tick_it_does_not_hold_refuses_naming_the_run_the_grain_and_both_ticks()
    {
        var scenario = GrainScenarios.EveryMechanism(replicates: 1);
        var runId = $"stale-participant-{Guid.NewGuid():N}";
        var client = clusters.ThreeSilos.Client;
        var run = client.GetGrain<IRunCoordinatorGrain>(runId);
        await run.InitializeAsync(new RunSetup(ScenarioJson.Serialize(scenario), Seed, 0));
        await run.StepAsync(2);
        var participant = client.GetGrain<IParticipantGrain>(GrainKeys.Participant(runId, 3));
        var context = new SchoolContext(GrainScenarios.QuietTick(2), 0.5, 0);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => participant.StepAsync(new ParticipantInput(new ParticipantCall(3, 0, context, []))).AsTask());
        Assert.Equal($"Run '{runId}': participant grain '{runId}/participant/3' holds its state at tick 2, but its school expected tick 0 (stepping tick 2).", error.Message);
        await run.EndAsync();
    }

    /// <summary>Steps a run to <paramref name="at"/>, has <paramref name="deactivate"/> take grains' activations away, runs it to its end, and compares it with the reference.</summary>
    private async Task DeactivatedMidRunAsync(int silos, int at, Func<IClusterClient, string, IRunCoordinatorGrain, Scenario, Task> deactivate)
    {
        var scenario = GrainScenarios.EveryMechanism(replicates: 1);
        var client = (silos == 1 ? clusters.OneSilo : clusters.ThreeSilos).Client;
        var runId = $"reactivated-{Guid.NewGuid():N}";
        var run = client.GetGrain<IRunCoordinatorGrain>(runId);
        var ticks = new List<TickMetrics>((await run.InitializeAsync(new RunSetup(ScenarioJson.Serialize(scenario), Seed, 0))).Ticks);
        ticks.AddRange((await run.StepAsync(at)).Ticks);
        Assert.True(ticks[^1].BrokeredTies > 0, "ties were brokered before the deactivation");

        await deactivate(client, runId, run, scenario);
        ticks.AddRange((await run.StepAsync(1000)).Ticks);
        await run.EndAsync();

        Assert.Equal(Csv(scenario, Simulation.Run(scenario, Seed)), Csv(scenario, ticks));
    }

    private static string Csv(Scenario scenario, IReadOnlyList<TickMetrics> ticks) =>
        TimeseriesCsv.Write(new ScenarioResults(scenario, [new ReplicateResult(0, Seed, ticks, [], TimeSpan.Zero)], DateTimeOffset.UnixEpoch, TimeSpan.Zero));
}
