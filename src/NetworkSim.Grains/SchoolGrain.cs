using NetworkSim.Contracts;
using NetworkSim.Contracts.Grains;
using NetworkSim.Contracts.Messages;
using NetworkSim.Model.Agents;
using Orleans.Placement;

namespace NetworkSim.Grains;

/// <summary>
/// A school: steps its staff's participant grains, gives each the states of its contacts at t, updates its own
/// support and sends its network members' new states to tied schools in one batch per school.
/// Schools are spread at random over the cluster's silos (their participants follow them, see
/// <see cref="ParticipantGrain"/>), so a run's work is shared by every silo.
/// </summary>
[RandomPlacement]
public sealed class SchoolGrain(RunModelCache runs) : Grain, ISchoolGrain
{
    private readonly Dictionary<int, Dictionary<int, PeerState>> _inbox = [];
    private readonly SortedSet<int> _neighbours = [];
    private RunModel? _run;
    private string _runId = "";
    private int _school;
    private int _first;
    private IParticipantGrain[] _staff = [];
    private PeerState[] _states = [];
    private int[][] _contacts = [];
    private double _support;
    private ulong _institutionalised;

    public async Task<SchoolResult> InitializeAsync()
    {
        (_runId, _school) = GrainKeys.Parse(this.GetPrimaryKeyString());
        var run = _run = await runs.GetAsync(_runId);
        var network = run.Network;
        _first = network.SchoolStart[_school];
        _staff = Enumerable.Range(_first, network.StaffCount(_school))
            .Select(i => GrainFactory.GetGrain<IParticipantGrain>(GrainKeys.Participant(_runId, i)))
            .ToArray();
        var results = await Task.WhenAll(_staff.Select(p => p.InitializeAsync()));
        _neighbours.UnionWith(network.SchoolNeighbours[_school]);
        _support = network.InitialSupport[_school];
        _contacts = results.Select(r => r.Contacts!).ToArray();
        _states = results.Select(r => r.Report.State).ToArray();
        _institutionalised = SchoolStep.Institutionalised(run, _states);
        await PublishAsync(0);
        return new SchoolResult(SchoolStep.Tally(run, _school, 0, _support, results.Select(r => r.Report).ToArray()));
    }

    public async Task<SchoolResult> StepAsync(NetworkTickMessage message)
    {
        var run = _run ?? throw new InvalidOperationException("The school was stepped before it was initialised.");
        var tick = message.Tick;
        _inbox.Remove(tick.Tick, out var remote);
        remote ??= [];
        var context = new SchoolContext(tick, _support, _institutionalised);
        var calls = new Task<ParticipantResult>[_staff.Length];
        for (var k = 0; k < _staff.Length; k++)
        {
            var contacts = Array.ConvertAll(_contacts[k], j => Lookup(run, remote, j));
            calls[k] = _staff[k].StepAsync(new ParticipantInput(context, contacts));
        }

        var results = await Task.WhenAll(calls);
        _support = SchoolStep.NextSupport(run, _school, _support, _states);
        for (var k = 0; k < results.Length; k++)
        {
            _states[k] = results[k].Report.State;
            _contacts[k] = results[k].Contacts ?? _contacts[k];
        }

        _institutionalised = SchoolStep.Institutionalised(run, _states);
        foreach (var tie in tick.NewTies)
        {
            var (a, b) = (run.Network.School[tie.A], run.Network.School[tie.B]);
            if (a == _school || b == _school)
            {
                _neighbours.Add(a == _school ? b : a);
            }
        }

        await PublishAsync(tick.Tick + 1);
        return new SchoolResult(SchoolStep.Tally(run, _school, tick.Tick + 1, _support, results.Select(r => r.Report).ToArray()));
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

    public async Task EndAsync()
    {
        await Task.WhenAll(_staff.Select(p => p.EndAsync()));
        runs.Remove(_runId);
        DeactivateOnIdle();
    }

    private PeerState Lookup(RunModel run, Dictionary<int, PeerState> remote, int participant) =>
        run.Network.School[participant] == _school
            ? _states[participant - _first]
            : remote.TryGetValue(participant, out var peer)
                ? peer
                : throw new InvalidOperationException($"School {_school} has no state for participant {participant} at this tick.");

    /// <summary>One batch per tied school: the states of this school's network members at <paramref name="tick"/>.</summary>
    private Task PublishAsync(int tick)
    {
        var members = _states.Where(s => _run!.Network.InNetwork[s.Index]).ToArray();
        if (members.Length == 0)
        {
            return Task.CompletedTask;
        }

        var batch = new PeerBatch(tick, _school, members);
        return Task.WhenAll(_neighbours.Select(s => GrainFactory.GetGrain<ISchoolGrain>(GrainKeys.School(_runId, s)).ReceiveAsync(batch)));
    }
}
