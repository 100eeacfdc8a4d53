using System.Diagnostics;
using NetworkSim.Contracts;
using NetworkSim.Contracts.Grains;
using NetworkSim.Contracts.Messages;
using NetworkSim.Model.Agents;
using NetworkSim.Model.Engine;
using NetworkSim.Model.Metrics;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Grains;

/// <summary>
/// A run's transport: holds its <see cref="RunState"/> and each facilitator's latest <see cref="FacilitatorState"/>, and
/// hosts each tick of the run (<see cref="TickOrder.StepRunAsync"/>): it asks the facilitator grains for their plans when
/// the tick says they convene, announces the tick to every school grain and waits for all of them (the tick barrier).
/// Timing is measured here, in one place.
/// </summary>
internal sealed class RunCoordinatorGrain(RunModelCache runs, CheckpointStore checkpoints, RunGrains live, IClusterMembershipService membership) : Grain, IRunCoordinatorGrain, IRunHost
{
    private const string Piece = "run";

    private readonly Dictionary<CheckpointRef, IGrainState<RunCheckpoint>> _pieces = [];
    private CheckpointRef? _committed;
    private RunSetup? _setup;
    private RunModel? _run;
    private RunState? _state;
    private ISchoolGrain[] _schools = [];
    // How many schools the replicates of this run id initialised (more than _schools holds after a reset: a lane).
    private int _laneSchools;
    private IFacilitatorGrain[] _facilitators = [];
    private FacilitatorState?[] _facilitatorStates = [];
    // The batches the schools sent after the last tick, by receiving school, handed to each with the next announcement.
    private List<SchoolBatch>?[] _pending = [];

    public async Task<TickBatch> InitializeAsync(RunSetup setup)
    {
        if (_setup is not null)
        {
            throw new InvalidOperationException($"Run '{this.GetPrimaryKeyString()}' is already initialised.");
        }

        var run = Build(setup);
        var results = await Task.WhenAll(_schools.Select(s => s.InitializeAsync()));
        _state = RunTick.Initial(run, results.Select(r => r.Tally).ToArray());
        return new TickBatch([_state.Last], RunTick.IsFinished(run, _state), [0]);
    }

    public async Task<CheckpointRef> CheckpointAsync()
    {
        var state = _state ?? throw new InvalidOperationException($"Run '{this.GetPrimaryKeyString()}' was checkpointed before it was initialised.");
        var at = new CheckpointRef(this.GetPrimaryKeyString(), state.Tick);
        if (at == _committed)
        {
            return at;
        }

        // Every piece of the new checkpoint is written before the previous one may go; the one before that goes now.
        await Task.WhenAll(_schools.Select(s => s.CheckpointAsync(at, _committed)));
        _pieces[at] = await checkpoints.WriteAsync(at, Piece, new RunCheckpoint { State = state, Facilitators = _facilitatorStates, Pending = [.. _pending.SelectMany(p => p ?? [])] });
        await checkpoints.ClearAsync(_pieces, Piece, at, _committed);
        _committed = at;
        return at;
    }

    public async Task<TickBatch> RestoreAsync(RunSetup setup, CheckpointRef from)
    {
        if (_setup is not null)
        {
            throw new InvalidOperationException($"Run '{this.GetPrimaryKeyString()}' is already initialised.");
        }

        var run = Build(setup);
        var piece = await checkpoints.ReadAsync<RunCheckpoint>(from, Piece);
        _pieces[from] = piece;
        await Task.WhenAll(_schools.Select(s => s.RestoreAsync(from)));
        // The facilitators of the new run id start without state and take theirs from here at their first plan.
        _facilitatorStates = piece.State!.Facilitators.Length == _facilitators.Length ? piece.State.Facilitators
            : throw new InvalidOperationException($"Checkpoint '{from.Key(Piece)}' holds {piece.State.Facilitators.Length} facilitators' states; run '{this.GetPrimaryKeyString()}' has {_facilitators.Length}.");
        _state = piece.State!.State;
        foreach (var batch in piece.State.Pending)
        {
            (_pending[batch.ToSchool] ??= []).Add(batch);
        }

        _committed = from;
        return new TickBatch([_state.Last], RunTick.IsFinished(run, _state), []);
    }

    public async Task<TickBatch> StepAsync(int ticks)
    {
        var run = _run ?? throw new InvalidOperationException($"Run '{this.GetPrimaryKeyString()}' was stepped before it was initialised.");
        var metrics = new List<TickMetrics>();
        var elapsed = new List<double>();
        while (metrics.Count < ticks && !RunTick.IsFinished(run, _state!))
        {
            var clock = Stopwatch.StartNew();
            metrics.Add(await AdvanceAsync(run, _state!));
            elapsed.Add(clock.Elapsed.TotalMilliseconds);
        }

        return new TickBatch([.. metrics], RunTick.IsFinished(run, _state!), [.. elapsed]);
    }

    public Task<RunStatus> GetStatusAsync() => Task.FromResult(new RunStatus(
        _run is not null, _state?.Tick ?? 0, _run?.Scenario.Ticks ?? 0, _run?.Network.SchoolCount ?? 0, _run?.Network.ParticipantCount ?? 0));

    public Task<RunSetup> GetSetupAsync() =>
        Task.FromResult(_setup ?? throw new InvalidOperationException($"Run '{this.GetPrimaryKeyString()}' is not initialised."));

    public Task<FacilitatorSnapshot> GetFacilitatorStateAsync(int facilitator) =>
        Task.FromResult(facilitator >= 0 && facilitator < _facilitatorStates.Length ? new FacilitatorSnapshot(_facilitatorStates[facilitator])
            : throw new ArgumentOutOfRangeException(nameof(facilitator), $"Run '{this.GetPrimaryKeyString()}' has {_facilitatorStates.Length} facilitators, not {facilitator + 1}."));

    public async Task<AgentsSnapshot> GetAgentsAsync()
    {
        var schools = await Task.WhenAll(_schools.Select(s => s.GetAgentsAsync(_state?.Tick ?? 0)));
        return new AgentsSnapshot(_state?.Tick ?? 0, schools);
    }

    public async Task<TieList> GetTiesAsync()
    {
        var lists = await Task.WhenAll(_schools.Select(s => s.GetTiesAsync()));
        return new TieList([.. lists.SelectMany(l => l.Ties)]);
    }

    public async Task ResetAsync()
    {
        // The facilitators, a few a run, are ended rather than kept: they take no state with their first call.
        await Task.WhenAll(_schools.Select(s => s.ResetAsync()).Concat(_facilitators.Select(f => f.EndAsync())));
        var runId = Release(null);
        await checkpoints.ClearAsync(_pieces, Piece);
        await live.WhenGoneAsync(runId, RunGrains.Facilitators);
        RunGrains.ReleaseHeap();
    }

    public Task EndAsync() => EndAsync(null);

    public Task AbandonAsync(CheckpointRef keep) => EndAsync(keep);

    private async Task EndAsync(CheckpointRef? keep)
    {
        // Every school a replicate of the run id initialised, in this replicate or (a lane) before it.
        var schools = _schools.Length >= _laneSchools ? _schools
            : [.. Enumerable.Range(0, _laneSchools).Select(s => GrainFactory.GetGrain<ISchoolGrain>(GrainKeys.School(this.GetPrimaryKeyString(), s)))];
        await Task.WhenAll(schools.Select(s => s.EndAsync(keep)).Concat(_facilitators.Select(f => f.EndAsync())));
        await checkpoints.ClearAsync(_pieces, Piece, keep);
        var runId = Release(keep);
        _laneSchools = 0;
        // The schools and facilitators deactivate after their EndAsync has returned: the next replicate starts once
        // they are gone from this silo (on a cluster the other silos' are released, if not yet deactivated).
        await Task.WhenAll(live.WhenGoneAsync(runId, RunGrains.Schools), live.WhenGoneAsync(runId, RunGrains.Facilitators),
            live.WhenGoneAsync(runId, RunGrains.Participants));
        RunGrains.ReleaseHeap();
        DeactivateOnIdle();
    }

    /// <summary>Lets go of the replicate's model and state (its checkpoints are cleared by the caller); returns the run id.</summary>
    private string Release(CheckpointRef? keep)
    {
        var runId = this.GetPrimaryKeyString();
        runs.Remove(runId);
        _setup = null;
        _committed = keep;
        _run = null;
        _state = null;
        _schools = [];
        _facilitators = [];
        _facilitatorStates = [];
        _pending = [];
        return runId;
    }

    /// <summary>The silos the cluster has now (at least this one): the window of school calls grows with them.</summary>
    private int ActiveSilos() => Math.Max(1, membership.CurrentSnapshot.Members.Values.Count(m => m.Status == SiloStatus.Active));

    /// <summary>The run's model and its grains' references, from its definition.</summary>
    private RunModel Build(RunSetup setup)
    {
        var runId = this.GetPrimaryKeyString();
        _setup = setup;
        var run = _run = new RunModel(ScenarioJson.Deserialize(setup.ScenarioJson), setup.Seed, contactsPerSchool: true);
        runs.Add(runId, run);
        _schools = Enumerable.Range(0, run.Network.SchoolCount)
            .Select(s => GrainFactory.GetGrain<ISchoolGrain>(GrainKeys.School(runId, s))).ToArray();
        _laneSchools = Math.Max(_laneSchools, _schools.Length);
        _facilitators = Enumerable.Range(0, run.Scenario.Facilitators.Count)
            .Select(f => GrainFactory.GetGrain<IFacilitatorGrain>(GrainKeys.Facilitator(runId, f))).ToArray();
        _facilitatorStates = new FacilitatorState?[_facilitators.Length];
        _pending = new List<SchoolBatch>?[run.Network.SchoolCount];
        return run;
    }

    private async Task<TickMetrics> AdvanceAsync(RunModel run, RunState state)
    {
        _state = await TickOrder.StepRunAsync(run, state, this);
        return _state.Last;
    }

    /// <summary>Every facilitator grain plans at once; the coordinator keeps each one's state as it comes back.</summary>
    async ValueTask<IReadOnlyList<BrokeredTie[]>> IRunHost.PlanAsync(FacilitationNews news)
    {
        var plans = await Task.WhenAll(_facilitators.Select(f => f.PlanAsync(new FacilitationInput(news))));
        foreach (var plan in plans)
        {
            // Kept so that a facilitator that loses its activation takes its state back from here (GetFacilitatorStateAsync).
            _facilitatorStates[plan.Facilitator] = plan.State;
        }

        return Array.ConvertAll(plans, p => p.Ties);
    }

    /// <summary>
    /// The announcement to every school grain that must hear it (a settled school nobody sent anything is not called:
    /// the run repeats its quiet tally, and it catches up when next called), a window of them at a time per active silo
    /// (<see cref="CallWindow"/>); the tick's barrier is that every one called has answered.
    /// </summary>
    async ValueTask<IReadOnlyList<SchoolTally>> IRunHost.StepSchoolsAsync(NetworkTick tick, bool[]? wake)
    {
        var called = new List<int>(_schools.Length);
        for (var s = 0; s < _schools.Length; s++)
        {
            if (wake is null || wake[s])
            {
                called.Add(s);
            }
            else if (_pending[s] is { Count: > 0 })
            {
                throw new InvalidOperationException($"Run '{this.GetPrimaryKeyString()}': school {s} was sent states for tick {tick.Tick} but not woken for it.");
            }
        }

        var results = await CallWindow.CallAsync(called.Count, CallWindow.PerSilo * ActiveSilos(), i =>
        {
            var s = called[i];
            var inbox = _pending[s];
            var message = new NetworkTickMessage(tick, inbox is null ? [] : [.. inbox]);
            inbox?.Clear();
            return _schools[s].StepAsync(message);
        });
        foreach (var result in results)
        {
            foreach (var batch in result.Outbox)
            {
                (_pending[batch.ToSchool] ??= []).Add(batch);
            }
        }

        return Array.ConvertAll(results, r => r.Tally);
    }
}
