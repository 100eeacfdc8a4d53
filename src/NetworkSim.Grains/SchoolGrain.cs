using NetworkSim.Contracts;
using NetworkSim.Contracts.Grains;
using NetworkSim.Contracts.Messages;
using NetworkSim.Model.Agents;
using NetworkSim.Model.Engine;
using System.Runtime.CompilerServices;
using Orleans.Placement;

namespace NetworkSim.Grains;

/// <summary>
/// A school's transport: holds its <see cref="SchoolState"/> and hosts each tick of the school
/// (<see cref="TickOrder.StepSchoolAsync"/>): it files the batches linked schools sent it (they come with the tick's
/// announcement), calls the participant grains the tick asks for, in parallel, and returns the tick's outbox with its
/// tally, for the coordinator to hand on with the next tick. A participant never called is never activated.
/// Schools are spread at random over the cluster's silos (their participants follow them, see <see cref="ParticipantGrain"/>),
/// so a run's work is shared by every silo.
/// </summary>
[RandomPlacement]
internal sealed class SchoolGrain(RunModelCache runs, CheckpointStore checkpoints, RunGrains live, GrainCounters counters) : RunGrain(live, RunGrains.Schools), ISchoolGrain, ISchoolHost
{
    private readonly Dictionary<CheckpointRef, IGrainState<SchoolCheckpoint>> _pieces = [];
    private readonly Dictionary<int, Dictionary<int, PeerState>> _inbox = [];
    // The participants (by index in the run) called in the replicates a lane ran before this one (see ResetAsync).
    private readonly HashSet<int> _earlier = [];
    private RunModel? _run;
    private SchoolState? _state;
    private int _stepped = -1;
    private bool[] _activated = [];
    private IParticipantGrain?[] _participants = [];
    private int _first;
    private SchoolScratch? _scratch;
    private Dictionary<int, PeerState>? _reading;
    private Dictionary<int, PeerState>? _spare;
    private ValueTask<ParticipantResult>[] _calls = [];
    private ParticipantOutcome[] _outcomes = [];
    private SchoolBatch[] _outbox = [];
    private ParticipantReferences? _references;

    public async Task<SchoolResult> InitializeAsync()
    {
        var school = GrainKeys.Parse(this.GetPrimaryKeyString()).Index;
        var run = _run = await runs.GetAsync(RunId);
        var initial = SchoolTick.Initial(run, school);
        Hold(initial.Next);
        return new SchoolResult(initial.Tally, []);
    }

    public async Task CheckpointAsync(CheckpointRef write, CheckpointRef? keep)
    {
        var state = CaughtUp($"checkpoint tick {write.Tick}", write.Tick);

        if (!_pieces.ContainsKey(write))
        {
            // One batch per coming tick, all senders together (FromSchool -1): the school reads them by participant.
            var inbox = _inbox.Select(e => new PeerBatch(e.Key, -1, [.. e.Value.Values])).ToArray();
            _pieces[write] = await checkpoints.WriteAsync(write, Piece, new SchoolCheckpoint { State = state, Inbox = inbox });
        }

        await checkpoints.ClearAsync(_pieces, Piece, write, keep);
    }

    public async Task RestoreAsync(CheckpointRef from)
    {
        _run = await runs.GetAsync(RunId);
        var piece = await checkpoints.ReadAsync<SchoolCheckpoint>(from, Piece);
        _pieces[from] = piece;
        // A checkpoint written before batches travelled with the announcement may hold some for the coming tick.
        foreach (var batch in piece.State!.Inbox)
        {
            File(batch.Tick, batch.Peers);
        }

        Hold(piece.State!.State);
    }

    public async Task<SchoolResult> StepAsync(NetworkTickMessage message)
    {
        var tick = message.Tick;
        var state = CaughtUp($"step tick {tick.Tick}", tick.Tick);

        counters.SchoolStepped();
        foreach (var batch in message.Inbox)
        {
            if (batch.Tick != tick.Tick || batch.ToSchool != state.School)
            {
                throw new InvalidOperationException($"Run '{RunId}': school grain '{this.GetPrimaryKeyString()}' was announced tick {tick.Tick} with school {batch.FromSchool}'s states for school {batch.ToSchool} at tick {batch.Tick}.");
            }

            File(batch.Tick, batch.Peers);
        }

        _stepped = tick.Tick;
        _inbox.Remove(tick.Tick, out _reading);
        // The contact arrays of the tick before are reused: every call reading them has returned (see StepParticipantsAsync).
        // Each called participant is lent the report it made two ticks before, which nobody reads any more (see SchoolTick.Finish).
        var result = await TickOrder.StepSchoolAsync(_run!, state, tick, _reading ?? [], this, _scratch);
        _state = result.Next;
        // Read by the tick: released now rather than overwritten next tick, so that no collection in between keeps them.
        Array.Clear(_outcomes);
        var outbox = _outbox;
        _outbox = [];
        return new SchoolResult(result.Tally, outbox);
    }

    /// <summary>The school's participant grains, called in parallel.</summary>
    /// <remarks>Pooled, as <see cref="TickOrder.StepSchoolAsync"/> is: one state machine a school and tick otherwise.</remarks>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    async ValueTask<IReadOnlyList<ParticipantOutcome>> ISchoolHost.StepParticipantsAsync(SchoolState state, SchoolTickPlan plan)
    {
        if (_reading is { } read)
        {
            // The plan has merged it into the state's remote states: emptied, it files the next tick's batches.
            read.Clear();
            _spare = read;
            _reading = null;
        }

        counters.ParticipantsCalled(plan.Calls.Length);
        // Both arrays are the tick before's when they still fit (the full model calls every participant every tick).
        var calls = _calls.Length == plan.Calls.Length ? _calls : _calls = new ValueTask<ParticipantResult>[plan.Calls.Length];
        var outcomes = _outcomes.Length == plan.Calls.Length ? _outcomes : _outcomes = new ParticipantOutcome[plan.Calls.Length];
        for (var c = 0; c < calls.Length; c++)
        {
            var call = plan.Calls[c];
            // A participant called for the first time is handed its state with the call instead of asking for it.
            var handover = _activated[call.Local] ? null : state.Participants[call.Local];
            _activated[call.Local] = true;
            calls[c] = Participant(call.Local).StepAsync(new ParticipantInput(call, handover));
        }

        // Every call is under way: awaiting them one by one waits as long as Task.WhenAll, without a task each, and
        // like it waits for every call before failing, so that no call still reads the contact arrays next tick.
        Exception? failed = null;
        for (var c = 0; c < calls.Length; c++)
        {
            try
            {
                outcomes[c] = (await calls[c]).Outcome;
            }
            catch (Exception error)
            {
                failed ??= error;
            }
        }

        Array.Clear(calls);
        if (failed is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failed);
        }

        // The school's tick keeps only what the outcomes hold, so the array is free again next tick.
        return outcomes;
    }

    /// <summary>One batch per school with contacts of a participant whose state changed: returned with the tally (see <see cref="StepAsync"/>).</summary>
    ValueTask ISchoolHost.SendAsync(SchoolBatch[] outbox)
    {
        foreach (var batch in outbox)
        {
            counters.BatchSent(batch.Peers.Length);
        }

        _outbox = outbox;
        return ValueTask.CompletedTask;
    }

    /// <summary>Files states for a coming tick, read once, when that tick is stepped.</summary>
    private void File(int tick, PeerState[] peers)
    {
        if (tick <= _stepped)
        {
            throw new InvalidOperationException($"Run '{RunId}': school grain '{this.GetPrimaryKeyString()}' was given states for tick {tick}, but it has stepped tick {_stepped} already.");
        }

        if (!_inbox.TryGetValue(tick, out var states))
        {
            _inbox[tick] = states = _spare ?? [];
            _spare = null;
        }

        foreach (var peer in peers)
        {
            states[peer.Index] = peer;
        }
    }

    public Task<ParticipantSnapshot> GetParticipantStateAsync(int participant)
    {
        var state = State($"hand over participant {participant}");
        return Task.FromResult(new ParticipantSnapshot(state.Participants[participant - state.First]));
    }

    public Task<SchoolAgents> GetAgentsAsync(int tick)
    {
        var state = CaughtUp($"report its agents at tick {tick}", tick);
        return Task.FromResult(new SchoolAgents(state.School, state.Tick, state.Support, state.Institutionalised, state.PublicStates(), (int[])state.AdoptedTick.Clone()));
    }

    public Task<TieList> GetTiesAsync()
    {
        var state = State("report its ties");
        return Task.FromResult(new TieList([.. state.Participants.SelectMany(p => ParticipantStep.Ties(_run!, p))]));
    }

    public async Task ResetAsync()
    {
        var called = Called();
        await Task.WhenAll(called.Select(i => ParticipantAt(i).ResetAsync()));
        _earlier.UnionWith(called);
        await checkpoints.ClearAsync(_pieces, Piece);
        runs.Remove(RunId);
        Release();
    }

    public async Task EndAsync(CheckpointRef? keep)
    {
        _earlier.UnionWith(Called());
        await Task.WhenAll(_earlier.Select(i => ParticipantAt(i).EndAsync()));
        _earlier.Clear();
        await checkpoints.ClearAsync(_pieces, Piece, keep);
        runs.Remove(RunId);
        Release();
        // Every school of the run ends its participants at once; the run's end returns once this silo's are gone.
        await Live.WhenGoneAsync(RunId, RunGrains.Participants);
        DeactivateAtRunEnd();
    }

    /// <summary>The participants (by index in the run) this replicate has called.</summary>
    private int[] Called() => _state is { } state
        ? [.. _activated.Select((activated, k) => (activated, k)).Where(p => p.activated).Select(p => state.First + p.k)]
        : [];

    /// <summary>Lets go of the replicate: the activation lingers until Orleans has deactivated it, or until the next replicate of a lane.</summary>
    private void Release()
    {
        _state = null;
        _run = null;
        _inbox.Clear();
        _stepped = -1;
        _spare = null;
        _activated = [];
        _scratch = null;
        _reading = null;
        _calls = [];
        _outcomes = [];
        _outbox = [];
    }

    /// <summary>Its key in a checkpoint: <c>school/N</c>.</summary>
    private string Piece => $"school/{GrainKeys.Parse(this.GetPrimaryKeyString()).Index}";

    private void Hold(SchoolState state)
    {
        _state = state;
        _activated = new bool[state.Staff];
        // A lane's next replicate calls the same participants when its network gives the school the same ones.
        if (_participants.Length != state.Staff || _first != state.First)
        {
            _participants = new IParticipantGrain?[state.Staff];
            _first = state.First;
        }

        _scratch = new SchoolScratch(state.Staff);
    }

    /// <summary>
    /// The school's state at the run's <paramref name="tick"/>: a school the run did not call at the quiet ticks before
    /// (<see cref="RunTick.Wakes"/>) steps them now, as it would have (<see cref="QuietTick.CatchUp"/>); one ahead refuses.
    /// </summary>
    private SchoolState CaughtUp(string action, int tick)
    {
        var state = State(action);
        if (state.Tick > tick || (state.Tick < tick && !QuietTick.CanCatchUp(_run!, state)))
        {
            throw new InvalidOperationException($"Run '{RunId}': school grain '{this.GetPrimaryKeyString()}' is at tick {state.Tick} but was asked to {action}" +
                (state.Tick < tick ? ", and it was not settled there: a school is left uncalled only at its quiet ticks." : "."));
        }

        return _state = QuietTick.CatchUp(_run!, state, tick);
    }

    /// <summary>The school's state; a school that has none (never initialised, or deactivated mid-run) refuses rather than restarting.</summary>
    private SchoolState State(string action) => _state ?? throw new InvalidOperationException(
        $"Run '{RunId}': school grain '{this.GetPrimaryKeyString()}' holds no state (never initialised, or deactivated mid-run) and cannot {action}.");

    /// <summary>The grain reference of local participant k, made once (references are cheap, but not free, to build every tick).</summary>
    private IParticipantGrain Participant(int k) => _participants[k] ??= ParticipantAt(_state!.First + k);

    /// <summary>The grain reference of the run's participant <paramref name="index"/>.</summary>
    private IParticipantGrain ParticipantAt(int index) => (_references ??= new ParticipantReferences(GrainFactory, RunId)).At(index);
}
