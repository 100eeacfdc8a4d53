using NetworkSim.Model.Agents;
using NetworkSim.Model.Engine;
using NetworkSim.Model.Metrics;

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

        public ValueTask<IReadOnlyList<SchoolTally>> StepSchoolsAsync(NetworkTick tick)
        {
            Asked.Add($"schools {tick.Tick}");
            Announced = tick;
            return new(InitialTallies.Select(t => t with { Tick = tick.Tick + 1 }).ToArray());
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
