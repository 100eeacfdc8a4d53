using NetworkSim.Model.Agents;
using NetworkSim.Model.Metrics;
using NetworkSim.Model.Randomness;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.Engine;

/// <summary>
/// The sequential reference: one replicate run in-process through exactly the engine's tick (<see cref="TickOrder"/>),
/// with no Orleans: it hosts the run, its schools and its facilitators in one thread. The grains must give the same
/// metrics, tick for tick; so must this with <c>skipIdle: false</c>.
/// </summary>
public sealed class Simulation : IRunHost, ISchoolHost
{
    private readonly SchoolState[] _schools;
    private readonly FacilitatorState[] _facilitators;
    private readonly SchoolScratch?[] _scratch;
    private Dictionary<int, PeerState>[] _inboxes;
    private Dictionary<int, PeerState>[] _next;
    private readonly Stack<Dictionary<int, PeerState>> _spares = new();

    /// <param name="run">The replicate's static model.</param>
    /// <param name="skipIdle">Skip participants that cannot change (as the grains do); false steps every participant every tick.</param>
    public Simulation(RunModel run, bool skipIdle = true)
    {
        Model = run;
        SkipIdle = skipIdle;
        var initial = Enumerable.Range(0, run.Network.SchoolCount).Select(s => SchoolTick.Initial(run, s)).ToArray();
        _schools = initial.Select(r => r.Next).ToArray();
        _facilitators = Enumerable.Range(0, run.Scenario.Facilitators.Count).Select(f => FacilitatorTick.Initial(run, f)).ToArray();
        _scratch = new SchoolScratch?[_schools.Length];
        _inboxes = NoInboxes();
        _next = NoInboxes();
        State = RunTick.Initial(run, initial.Select(r => r.Tally).ToArray());
    }

    public RunModel Model { get; }

    public bool SkipIdle { get; }

    public RunState State { get; private set; }

    /// <summary>The schools at the current tick, in school order.</summary>
    public IReadOnlyList<SchoolState> Schools => _schools;

    public bool Finished => RunTick.IsFinished(Model, State);

    /// <summary>Participant steps performed so far (skipped participants are not counted).</summary>
    public long ParticipantSteps { get; private set; }

    /// <summary>Public states sent from school to school after the ticks so far (not the initial ones).</summary>
    public long PeerStatesSent { get; private set; }

    /// <summary>Every tick's metrics of replicate <paramref name="replicate"/>, from tick 0, seeded as the scenario runner seeds it.</summary>
    public static IReadOnlyList<TickMetrics> RunReplicate(Scenario scenario, int replicate, bool skipIdle = true) =>
        Run(scenario, CounterRandom.ReplicateSeed(scenario.Seed, replicate), skipIdle);

    /// <summary>Every tick's metrics of one replicate with the given seed, from tick 0 to where it stops.</summary>
    public static IReadOnlyList<TickMetrics> Run(Scenario scenario, ulong seed, bool skipIdle = true)
    {
        var simulation = new Simulation(new RunModel(scenario, seed), skipIdle);
        var ticks = new List<TickMetrics> { simulation.State.Last };
        while (!simulation.Finished)
        {
            ticks.Add(simulation.Step());
        }

        return ticks;
    }

    /// <summary>One tick of the whole run (<see cref="TickOrder.StepRunAsync"/>), hosted here: nothing in it waits, so it completes at once.</summary>
    public TickMetrics Step()
    {
        var step = TickOrder.StepRunAsync(Model, State, this);
        State = step.IsCompleted ? step.GetAwaiter().GetResult() : throw new InvalidOperationException("The sequential reference's tick waited on something.");
        return State.Last;
    }

    ValueTask<IReadOnlyList<BrokeredTie[]>> IRunHost.PlanAsync(FacilitationNews news) =>
        new(Array.ConvertAll(_facilitators, f => FacilitatorTick.Plan(Model, f, news)));

    /// <summary>The schools one after the other, in school order; each sends its batches into the next tick's inboxes.</summary>
    /// <summary>
    /// Steps every school, woken or not (<paramref name="wake"/> is ignored): a quiet school takes the quiet path of
    /// <see cref="SchoolTick.Begin"/> itself, which the grains' uncalled schools must equal (the golden master and the
    /// grains-against-reference tests hold them to it).
    /// </summary>
    async ValueTask<IReadOnlyList<SchoolTally>> IRunHost.StepSchoolsAsync(NetworkTick tick, bool[]? wake)
    {
        var tallies = new SchoolTally[_schools.Length];
        for (var s = 0; s < _schools.Length; s++)
        {
            // Each school's calls are stepped before the next school begins: its contact arrays are free again next tick.
            // As in the grains, each called participant refills its report of two ticks before (see SchoolTick.Finish).
            var result = await TickOrder.StepSchoolAsync(Model, _schools[s], tick, _inboxes[s], this, _scratch[s] ??= new SchoolScratch(_schools[s].Staff), SkipIdle);
            _schools[s] = result.Next;
            tallies[s] = result.Tally;
        }

        foreach (var inbox in _inboxes)
        {
            // Begin has merged each into its school's remote states: emptied, they file the tick after next's batches.
            if (!ReferenceEquals(inbox, Empty))
            {
                inbox.Clear();
                _spares.Push(inbox);
            }
        }

        (_inboxes, _next) = (_next, NoInboxes());
        return tallies;
    }

    /// <summary>The school's state at t is replaced by its tick's result and kept by nobody: each participant steps its own state in place.</summary>
    ValueTask<IReadOnlyList<ParticipantOutcome>> ISchoolHost.StepParticipantsAsync(SchoolState state, SchoolTickPlan plan)
    {
        var outcomes = new ParticipantOutcome[plan.Calls.Length];
        for (var c = 0; c < outcomes.Length; c++)
        {
            outcomes[c] = ParticipantTick.StepInPlace(Model, state.Participants[plan.Calls[c].Local], plan.Calls[c]);
        }

        ParticipantSteps += outcomes.Length;
        return new(outcomes);
    }

    /// <summary>Files each batch in its school's inbox of the next tick; a school sent nothing shares one empty inbox (most, once little changes).</summary>
    ValueTask ISchoolHost.SendAsync(SchoolBatch[] outbox)
    {
        foreach (var batch in outbox)
        {
            var inbox = _next[batch.ToSchool];
            if (ReferenceEquals(inbox, Empty))
            {
                _next[batch.ToSchool] = inbox = _spares.Count > 0 ? _spares.Pop() : [];
            }

            foreach (var peer in batch.Peers)
            {
                inbox[peer.Index] = peer;
            }

            PeerStatesSent += batch.Peers.Length;
        }

        return ValueTask.CompletedTask;
    }

    private static readonly Dictionary<int, PeerState> Empty = [];

    private Dictionary<int, PeerState>[] NoInboxes()
    {
        var inboxes = new Dictionary<int, PeerState>[Model.Network.SchoolCount];
        Array.Fill(inboxes, Empty);
        return inboxes;
    }
}
