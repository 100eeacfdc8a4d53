namespace NetworkSim.Grains;

/// <summary>
/// The activations of each run that this silo holds, by kind (participant, school, facilitator), counted from their
/// activation until Orleans has finished deactivating them (<see cref="Track"/>). A run's end
/// waits on it: <see cref="Grain.DeactivateOnIdle"/> only asks for a deactivation, which Orleans carries out after
/// the call, so without this a next replicate could activate its grains while the ended run's still held their state.
/// </summary>
internal sealed class RunGrains
{
    /// <summary>How long a run's end waits for its grains to deactivate before it gives up waiting (they still go).</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    public const string Participants = "participant";

    public const string Schools = "school";

    public const string Facilitators = "facilitator";

    private readonly Lock _gate = new();
    private readonly Dictionary<(string RunId, string Kind), Presence> _live = [];

    /// <summary>
    /// Counts a new activation of the run until it has deactivated: an activation that a run's end deactivates calls
    /// <see cref="Presence.Leave"/> once Orleans has finished (its <see cref="IGrainContext.Deactivated"/>, after it has
    /// removed the activation from its catalog), any other when Orleans disposes it (<see cref="RunGrain"/>). Asking
    /// every activation for that task from its start made each hold a completion source, the dictionary of extras it
    /// lives in, a continuation and the execution context it captured: about 680 bytes an activation, 15 % of the live
    /// heap at 160,000 participants (docs/performance.md, Round 9); only an activation being ended asks for it now.
    /// </summary>
    /// <returns>What the activation leaves by; its <see cref="Presence.RunId"/> is one string shared by the run's activations.</returns>
    public Presence Track(string runId, string kind)
    {
        var key = (runId, kind);
        lock (_gate)
        {
            if (!_live.TryGetValue(key, out var live))
            {
                _live[key] = live = new Presence(this, runId, kind);
            }

            live.Count++;
            return live;
        }
    }

    /// <summary>The run's activations of that kind on this silo.</summary>
    public int Count(string runId, string kind)
    {
        lock (_gate)
        {
            return _live.TryGetValue((runId, kind), out var live) ? live.Count : 0;
        }
    }

    /// <summary>Completes when this silo holds no activation of that kind of the run, or after <see cref="Patience"/>.</summary>
    public async Task WhenGoneAsync(string runId, string kind)
    {
        Task gone;
        lock (_gate)
        {
            if (!_live.TryGetValue((runId, kind), out var live))
            {
                return;
            }

            gone = (live.Gone ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
        }

        try
        {
            await gone.WaitAsync(Patience);
        }
        catch (TimeoutException)
        {
            // A grain that never deactivates (a call that hangs) must not hang the run's end with it.
        }
    }

    /// <summary>
    /// After a run's grains are gone, or have let go of its state (a lane's reset): gives its heap back now when it is
    /// large. The collector would otherwise take it back only when the next run's allocations have used up a gen-2
    /// budget sized to the ended run, so a second replicate in the same silo peaked at near twice one replicate's memory.
    /// A small heap is left to the collector: a forced collection costs tens of milliseconds, a replicate at n = 10,000
    /// about as many.
    /// </summary>
    public static void ReleaseHeap()
    {
        if (GC.GetTotalMemory(forceFullCollection: false) > CollectAbove)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }

    /// <summary>The heap (garbage included) above which a run's end collects.</summary>
    public const long CollectAbove = 512L << 20;

    private void Leave(Presence live)
    {
        TaskCompletionSource? gone = null;
        lock (_gate)
        {
            if (--live.Count == 0)
            {
                _live.Remove((live.RunId, live.Kind));
                gone = live.Gone;
            }
        }

        gone?.TrySetResult();
    }

    /// <summary>The activations of one kind of one run on this silo, while any is there.</summary>
    public sealed class Presence(RunGrains grains, string runId, string kind)
    {
        /// <summary>The run's id, one string for all its activations of this kind (a participant grain keeps it).</summary>
        public string RunId { get; } = runId;

        public string Kind { get; } = kind;

        internal int Count;

        internal TaskCompletionSource? Gone;

        /// <summary>One activation has deactivated; call once per <see cref="Track"/>.</summary>
        public void Leave() => grains.Leave(this);
    }
}
