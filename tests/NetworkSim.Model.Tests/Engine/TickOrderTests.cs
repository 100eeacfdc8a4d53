using NetworkSim.Model.Agents;
using NetworkSim.Model.Engine;
using NetworkSim.Model.Metrics;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.Tests.Engine;

/// <summary>The order of a tick (<see cref="TickOrder"/>) over a host that records what it is asked, in what order.</summary>
public class TickOrderTests
{
    [Fact]
    public async Task At_a_convening_facilitators_plan_first_and_every_school_is_announced_their_ties_once_each_in_order()
    {
        var run = new RunModel(TestScenarios.Small(), 5);
        var host = new RecordingHost(run, [[new BrokeredTie(9, 30, 0), new BrokeredTie(2, 20, 0)], [new BrokeredTie(2, 20, 0)]]);
        var state = RunTick.Initial(run, host.InitialTallies);

        var next = await TickOrder.StepRunAsync(run, state, host);

        Assert.Equal(["plan 0", "schools 0"], host.Asked);
        Assert.Equal([new BrokeredTie(2, 20, 0), new BrokeredTie(9, 30, 0)], host.Announced!.NewTies);
        Assert.Equal(1, next.Tick);
        Assert.Equal(2, next.Brokered);
        Assert.Equal(host.Announced.NewTies, next.LastTies);
    }

    [Fact]
    public async Task Between_convenings_no_facilitator_is_asked_and_the_schools_are_announced_no_ties()
    {
        var run = new RunModel(TestScenarios.Small(), 5);
        var host = new RecordingHost(run, [[new BrokeredTie(2, 20, 1)]]);
        var state = RunTick.Initial(run, host.InitialTallies) with { Tick = 1 };

        var next = await TickOrder.StepRunAsync(run, state, host);

        Assert.Equal(["schools 1"], host.Asked);
        Assert.Empty(host.Announced!.NewTies);
        Assert.Equal(2, next.Tick);
    }

    [Fact]
    public async Task A_school_s_tick_has_its_host_step_the_planned_calls_and_then_send_the_outbox_of_the_state_it_returns()
    {
        var run = new RunModel(TestScenarios.Small(), 5);
        var school = SchoolTick.Initial(run, 1).Next;
        var tick = RunTick.Announce(run, RunTick.Initial(run, new RecordingHost(run, []).InitialTallies), []);
        var host = new RecordingSchoolHost(run);

        var result = await TickOrder.StepSchoolAsync(run, school, tick, new Dictionary<int, PeerState>(), host);

        Assert.Equal([$"step {school.Staff} calls", $"send {result.Outbox.Length} batches"], host.Asked);
        Assert.NotEmpty(result.Outbox);
        Assert.Same(result.Outbox, host.Sent);
        Assert.Equal(1, result.Next.Tick);
        Assert.Equal(result.Next.Tally, result.Tally);
    }

    [Fact]
    public async Task A_settled_school_nobody_sent_states_is_not_called_and_the_run_repeats_its_quiet_tally()
    {
        var run = new RunModel(TestScenarios.Small(facilitators: 0) with { Rules = new RuleSet { Kind = RuleKind.Threshold } }, 5);
        var host = new RecordingHost(run, []);
        var tallies = host.InitialTallies.Select(t => t with { Tick = 1, Settled = true }).ToArray();
        tallies[1] = tallies[1] with { Settled = false, SentTo = [3] };
        var state = RunTick.Initial(run, host.InitialTallies) with { Tick = 1, Tallies = tallies };

        var next = await TickOrder.StepRunAsync(run, state, host);

        Assert.Equal([false, true, false, true, false, false], host.Woken!);
        Assert.Equal(2, next.Tick);
        Assert.Equal(2, next.Tallies[0].Tick);
        Assert.Equal(tallies[0].Sums, next.Tallies[0].Sums);
        Assert.True(next.Tallies[0].Settled);
        Assert.Empty(next.Tallies[0].SentTo);
    }

    [Fact]
    public void Every_school_is_called_at_tick_0_and_under_a_model_whose_schools_support_moves()
    {
        var threshold = new RunModel(TestScenarios.Small(facilitators: 0) with { Rules = new RuleSet { Kind = RuleKind.Threshold } }, 5);
        var improvement = new RunModel(TestScenarios.Small(), 5);
        var settled = (RunModel run) => RunTick.Initial(run, new RecordingHost(run, []).InitialTallies.Select(t => t with { Settled = true }).ToArray());
        Assert.Null(RunTick.Wakes(threshold, settled(threshold), []));
        Assert.Null(RunTick.Wakes(improvement, settled(improvement) with { Tick = 3 }, []));
        Assert.Equal(new bool[6], RunTick.Wakes(threshold, settled(threshold) with { Tick = 3 }, []));
    }

    [Fact]
    public void A_school_left_uncalled_catches_up_to_what_its_own_quiet_ticks_make()
    {
        var run = new RunModel(TestScenarios.Small(facilitators: 0) with { Rules = new RuleSet { Kind = RuleKind.Threshold } }, 5);
        var simulation = new Simulation(run);
        bool Uncalled(int s) => RunTick.Wakes(run, simulation.State, [])?[s] == false;
        while (!Enumerable.Range(0, 6).Any(s => Uncalled(s) && simulation.State.Tick > 1))
        {
            Assert.True(simulation.State.Tick < 30, "some school settles");
            simulation.Step();
        }

        var school = Enumerable.Range(0, 6).First(Uncalled);
        var left = simulation.Schools[school];
        simulation.Step();
        Assert.True(Uncalled(school), "the school is left uncalled at a second tick too");
        simulation.Step();
        var stepped = simulation.Schools[school];

        var caughtUp = QuietTick.CatchUp(run, left, left.Tick + 2);
        Assert.Equal(stepped.Tick, caughtUp.Tick);
        Assert.Equal(stepped.Support, caughtUp.Support);
        Assert.Same(stepped.Reports, caughtUp.Reports);
        Assert.Equal(stepped.Tally.Sums, caughtUp.Tally.Sums);
        Assert.Equal(stepped.Tally.ExposureAtRisk, caughtUp.Tally.ExposureAtRisk);
        Assert.Equal(stepped.Tally.ExposureAdopted, caughtUp.Tally.ExposureAdopted);
        Assert.Throws<InvalidOperationException>(() => QuietTick.CatchUp(run, caughtUp, caughtUp.Tick - 1));
    }

    /// <summary>Plans the given ties and tallies every school at tick 0 as they stand (enough for the run's order).</summary>
    private sealed class RecordingHost(RunModel run, BrokeredTie[][] plans) : IRunHost
    {
        public SchoolTally[] InitialTallies { get; } = Enumerable.Range(0, run.Network.SchoolCount).Select(s => SchoolTick.Initial(run, s).Tally).ToArray();

        public List<string> Asked { get; } = [];

        public NetworkTick? Announced { get; private set; }

        public ValueTask<IReadOnlyList<BrokeredTie[]>> PlanAsync(FacilitationNews news)
        {
            Asked.Add($"plan {news.Tick}");
            return new(plans);
        }

        public bool[]? Woken { get; private set; }

        public ValueTask<IReadOnlyList<SchoolTally>> StepSchoolsAsync(NetworkTick tick, bool[]? wake)
        {
            Asked.Add($"schools {tick.Tick}");
            Announced = tick;
            Woken = wake;
            return new(InitialTallies.Where(t => wake is null || wake[t.School]).Select(t => t with { Tick = tick.Tick + 1 }).ToArray());
        }
    }

    private sealed class RecordingSchoolHost(RunModel run) : ISchoolHost
    {
        public List<string> Asked { get; } = [];

        public SchoolBatch[]? Sent { get; private set; }

        public ValueTask<IReadOnlyList<ParticipantOutcome>> StepParticipantsAsync(SchoolState state, SchoolTickPlan plan)
        {
            Asked.Add($"step {plan.Calls.Length} calls");
            return new(plan.Calls.Select(c => ParticipantTick.Step(run, state.Participants[c.Local], c)).ToArray());
        }

        public ValueTask SendAsync(SchoolBatch[] outbox)
        {
            Asked.Add($"send {outbox.Length} batches");
            Sent = outbox;
            return ValueTask.CompletedTask;
        }
    }
}
