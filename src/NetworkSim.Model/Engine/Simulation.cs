using NetworkSim.Model.Agents;
using NetworkSim.Model.Metrics;
using NetworkSim.Model.Randomness;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.Engine;

/// <summary>
/// The sequential reference: one replicate run in-process through exactly the engine's functions, with no
/// Orleans. The grains must give the same metrics, tick for tick; so must this with <c>skipIdle: false</c>.
/// </summary>
public sealed class Simulation
{
    private readonly SchoolState[] _schools;
    private readonly FacilitatorState[] _facilitators;
    private Dictionary<int, PeerState>[] _inboxes;
    private readonly PeerState[]?[]?[] _buffers;
    private readonly ParticipantReport?[]?[] _reports;
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
        _inboxes = Deliver(initial.SelectMany(r => r.Outbox));
        _buffers = new PeerState[]?[]?[_schools.Length];
        _reports = new ParticipantReport?[]?[_schools.Length];
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

    /// <summary>One tick of the whole run: facilitators, announcement, every school (each stepping its participants), tallies.</summary>
    public TickMetrics Step()
    {
        var run = Model;
        var news = RunTick.News(run, State);
        var ties = news is null ? [] : RunTick.Combine(_facilitators.Select(f => FacilitatorTick.Plan(run, f, news)));
        var announcement = RunTick.Announce(run, State, ties);
        var results = new SchoolTickResult[_schools.Length];
        for (var s = 0; s < _schools.Length; s++)
        {
            var school = _schools[s];
            // Each school's calls are stepped before the next school begins: its contact arrays are free again next tick.
            // As in the grains, each called participant refills its report of two ticks before (see SchoolTick.Finish).
            var spares = _reports[s] ??= new ParticipantReport?[school.Staff];
            var plan = SchoolTick.Begin(run, school, announcement, _inboxes[s], SkipIdle, _buffers[s] ??= new PeerState[]?[school.Staff], spares);
            // The school's state at t is replaced by Finish and kept by nobody: each participant steps its own state in place.
            var outcomes = new ParticipantOutcome[plan.Calls.Length];
            for (var c = 0; c < outcomes.Length; c++)
            {
                outcomes[c] = ParticipantTick.StepInPlace(run, school.Participants[plan.Calls[c].Local], plan.Calls[c]);
            }

            ParticipantSteps += outcomes.Length;
            results[s] = SchoolTick.Finish(run, school, plan, outcomes, spares);
        }

        for (var s = 0; s < _schools.Length; s++)
        {
            _schools[s] = results[s].Next;
        }

        PeerStatesSent += results.Sum(r => r.Outbox.Sum(b => (long)b.Peers.Length));
        foreach (var inbox in _inboxes)
        {
            // Begin has merged each into its school's remote states: emptied, they file the next tick's batches.
            if (!ReferenceEquals(inbox, Empty))
            {
                inbox.Clear();
                _spares.Push(inbox);
            }
        }

        _inboxes = Deliver(results.SelectMany(r => r.Outbox));
        State = RunTick.Finish(run, State, news, ties, results.Select(r => r.Tally).ToArray());
        return State.Last;
    }

    private static readonly Dictionary<int, PeerState> Empty = [];

    /// <summary>Each school's inbox for the next tick; a school sent nothing shares one empty inbox (most, once little changes).</summary>
    private Dictionary<int, PeerState>[] Deliver(IEnumerable<SchoolBatch> batches)
    {
        var inboxes = new Dictionary<int, PeerState>[Model.Network.SchoolCount];
        Array.Fill(inboxes, Empty);
        foreach (var batch in batches)
        {
            var inbox = inboxes[batch.ToSchool];
            if (ReferenceEquals(inbox, Empty))
            {
                inboxes[batch.ToSchool] = inbox = _spares.Count > 0 ? _spares.Pop() : [];
            }

            foreach (var peer in batch.Peers)
            {
                inbox[peer.Index] = peer;
            }
        }

        return inboxes;
    }
}
