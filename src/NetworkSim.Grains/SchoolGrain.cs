using NetworkSim.Contracts;
using NetworkSim.Contracts.Grains;
using NetworkSim.Contracts.Messages;
using NetworkSim.Model.Agents;
using NetworkSim.Model.Metrics;
using Orleans.Placement;

namespace NetworkSim.Grains;

/// <summary>
/// A school: steps its staff's participant grains, gives each the states of its contacts at t, updates its own
/// support and sends the new states of participants with contacts elsewhere to each linked school in one batch.
/// A participant that cannot change this tick (<see cref="ParticipantStep.NeedsStep"/>) is not called, and one
/// never called is never activated. Schools are spread at random over the cluster's silos (their participants
/// follow them, see <see cref="ParticipantGrain"/>), so a run's work is shared by every silo.
/// </summary>
[RandomPlacement]
public sealed class SchoolGrain(RunModelCache runs) : Grain, ISchoolGrain
{
    private readonly Dictionary<int, Dictionary<int, PeerState>> _inbox = [];
    private readonly SortedDictionary<int, SortedSet<int>> _outbox = [];
    private RunModel? _run;
    private string _runId = "";
    private int _school;
    private int _first;
    private ParticipantReport[] _reports = [];
    private int[][] _contacts = [];
    private bool[] _activated = [];
    private IParticipantGrain?[] _participants = [];
    private int[] _adoptedTick = [];
    private int _tick;
    private double _support;
    private ulong _institutionalised;

    public async Task<SchoolResult> InitializeAsync()
    {
        (_runId, _school) = GrainKeys.Parse(this.GetPrimaryKeyString());
        var run = _run = await runs.GetAsync(_runId);
        var network = run.Network;
        _first = network.SchoolStart[_school];
        var staff = network.StaffCount(_school);
        _activated = new bool[staff];
        _participants = new IParticipantGrain?[staff];
        _contacts = new int[staff][];
        _reports = new ParticipantReport[staff];
        for (var k = 0; k < staff; k++)
        {
            // The tick-0 state is a pure function of the run, so the school computes it without activating anyone.
            var state = InitialState.For(run, _first + k);
            _contacts[k] = [.. ParticipantStep.ContactOrder(run, state)];
            _reports[k] = ParticipantStep.Report(run, state, 0, [], droppedNow: false);
            if (k == 0)
            {
                _adoptedTick = new int[staff * run.PracticeCount];
            }

            state.AdoptedTick.CopyTo(_adoptedTick, k * run.PracticeCount);
            foreach (var contact in _contacts[k])
            {
                Link(network.School[contact], _first + k);
            }
        }

        _support = network.InitialSupport[_school];
        _institutionalised = SchoolStep.Institutionalised(run, States());
        return new SchoolResult(SchoolStep.Tally(run, _school, 0, _support, _reports));
    }

    public Task PublishInitialStatesAsync() => PublishAsync(0);

    public async Task<SchoolResult> StepAsync(NetworkTickMessage message)
    {
        var run = _run ?? throw new InvalidOperationException("The school was stepped before it was initialised.");
        var tick = message.Tick;
        _inbox.Remove(tick.Tick, out var remote);
        remote ??= [];
        var context = new SchoolContext(tick, _support, _institutionalised);
        var calls = new List<(int Local, Task<ParticipantResult> Call)>();
        var next = new ParticipantReport[_reports.Length];
        var inputs = new PeerState[_reports.Length][];
        for (var k = 0; k < _reports.Length; k++)
        {
            var contacts = inputs[k] = Array.ConvertAll(_contacts[k], j => Lookup(run, remote, j));
            var self = _reports[k].State;
            if (!ParticipantStep.NeedsStep(run, self, contacts, tick.Tick) && !TouchedBy(tick.NewTies, _first + k))
            {
                // Unchanged by construction; only the "adopted at this tick" mark expires.
                next[k] = _reports[k] with { State = self.Fresh == 0 ? self : self with { Fresh = 0 }, Events = [], DroppedOutNow = false };
                continue;
            }

            _activated[k] = true;
            calls.Add((k, Participant(k).StepAsync(new ParticipantInput(context, contacts))));
        }

        await Task.WhenAll(calls.Select(c => c.Call));
        _support = SchoolStep.NextSupport(run, _school, _support, States());
        foreach (var (k, call) in calls)
        {
            var result = call.Result;
            next[k] = result.Report;
            if (result.Contacts is { } changed)
            {
                _contacts[k] = changed;
                foreach (var contact in changed)
                {
                    Link(run.Network.School[contact], _first + k);
                }
            }
        }

        var atRisk = new int[run.PracticeCount * ExposureCounter.Bins];
        var adopted = new int[atRisk.Length];
        for (var k = 0; k < next.Length; k++)
        {
            ExposureCounter.Count(run.PracticeCount, _reports[k].State, inputs[k], next[k].Events, atRisk, adopted);
        }

        _reports = next;
        _tick = tick.Tick + 1;
        foreach (var e in calls.SelectMany(c => c.Call.Result.Report.Events).Where(e => e.Adopted))
        {
            _adoptedTick[(e.Participant - _first) * run.PracticeCount + e.Practice] = e.Tick;
        }
        _institutionalised = SchoolStep.Institutionalised(run, States());
        await PublishAsync(tick.Tick + 1);
        var tally = SchoolStep.Tally(run, _school, tick.Tick + 1, _support, _reports) with { ExposureAtRisk = atRisk, ExposureAdopted = adopted };
        return new SchoolResult(tally);
    }

    public Task ReceiveAsync(PeerBatch batch)
    {
        if (!_inbox.TryGetValue(batch.Tick, out var states))
        {
            _inbox[batch.Tick] = states = [];
        }

        foreach (var peer in batch.Peers)
        {
            states[peer.Index] = peer;
        }

        return Task.CompletedTask;
    }

    public Task<SchoolAgents> GetAgentsAsync() =>
        Task.FromResult(new SchoolAgents(_school, _tick, _support, _institutionalised, States(), (int[])_adoptedTick.Clone()));

    public async Task<TieList> GetTiesAsync()
    {
        var run = _run!;
        var ties = new List<TieState>();
        for (var k = 0; k < _reports.Length; k++)
        {
            // A participant never activated still has its tick-0 ties and trust.
            ties.AddRange(_activated[k]
                ? (await Participant(k).GetTiesAsync()).Ties
                : ParticipantStep.Ties(run, InitialState.For(run, _first + k)));
        }

        return new TieList([.. ties]);
    }

    public async Task EndAsync()
    {
        await Task.WhenAll(_activated.Select((activated, k) => (activated, k)).Where(p => p.activated)
            .Select(p => Participant(p.k).EndAsync()));
        runs.Remove(_runId);
        DeactivateOnIdle();
    }

    /// <summary>The grain reference of local participant k, made once (references are cheap, but not free, to build every tick).</summary>
    private IParticipantGrain Participant(int k) =>
        _participants[k] ??= GrainFactory.GetGrain<IParticipantGrain>(GrainKeys.Participant(_runId, _first + k));

    private PeerState[] States() => Array.ConvertAll(_reports, r => r.State);

    private static bool TouchedBy(BrokeredTie[] ties, int participant) => ties.Any(t => t.A == participant || t.B == participant);

    private void Link(int school, int participant)
    {
        if (school == _school)
        {
            return;
        }

        if (!_outbox.TryGetValue(school, out var members))
        {
            _outbox[school] = members = [];
        }

        members.Add(participant);
    }

    private PeerState Lookup(RunModel run, Dictionary<int, PeerState> remote, int participant) =>
        run.Network.School[participant] == _school
            ? _reports[participant - _first].State
            : remote.TryGetValue(participant, out var peer)
                ? peer
                : throw new InvalidOperationException($"School {_school} has no state for participant {participant} at this tick.");

    /// <summary>One batch per linked school: the states at <paramref name="tick"/> of this school's participants with contacts there.</summary>
    private Task PublishAsync(int tick) =>
        Task.WhenAll(_outbox.Select(link =>
        {
            var batch = new PeerBatch(tick, _school, link.Value.Select(i => _reports[i - _first].State).ToArray());
            return GrainFactory.GetGrain<ISchoolGrain>(GrainKeys.School(_runId, link.Key)).ReceiveAsync(batch);
        }));
}
