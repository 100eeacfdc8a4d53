using NetworkSim.Model.Agents;

namespace NetworkSim.Model.Engine;

/// <summary>
/// What a school's tick must look at again (<see cref="SchoolTick.Begin"/>): the participants whose own state or a
/// watched contact's changed, those a brokered tie touches, and who watches whom (<see cref="WatcherIndex"/>).
/// </summary>
internal static class SchoolChanges
{
    /// <summary>
    /// Which participants must be asked again (null: everyone): the changed ones and every watcher of a changed state;
    /// everyone when all of them needed a step when last asked (the networked-improvement model's always do). Asking
    /// again one that nothing reached gives the counts it had, and the answer it had except at tick 1, where an answer
    /// given at tick 0 may have read the tick (<see cref="RuleSets.IParticipantRules.NeedsStep"/>): one called then
    /// may be skipped now, which is exact by that contract. So asking everyone computes the same, and is cheaper than
    /// marking when all are called anyway.
    /// </summary>
    public static bool[]? Dirty(SchoolState state, IReadOnlyDictionary<int, PeerState> inbox, bool everyone)
    {
        if (everyone || Array.IndexOf(state.NeededStep!, false) < 0)
        {
            return null;
        }

        var dirty = new bool[state.Staff];
        foreach (var k in state.Changed)
        {
            dirty[k] = true;
            Mark(state, dirty, state.First + k);
        }

        foreach (var index in inbox.Keys)
        {
            Mark(state, dirty, index);
        }

        return dirty;
    }

    /// <summary>
    /// Builds the school's watcher index, from its contacts as they are (brokered ties included), once a participant
    /// needed no step: the ticks after it mark watchers. Under the textbook models that is tick 0, in a replicate's
    /// start as before; under the networked-improvement model it never happens, and its states carry no index.
    /// </summary>
    public static void IndexWatchers(SchoolState state, bool[] needed)
    {
        if (state.Watchers is null && Array.IndexOf(needed, false) >= 0)
        {
            state.Watchers = WatcherIndex.Of(state.Contacts);
        }
    }

    // Built here only for a state that reached a marking tick without one (IndexWatchers builds it first otherwise).
    private static void Mark(SchoolState state, bool[] dirty, int participant) =>
        (state.Watchers ??= WatcherIndex.Of(state.Contacts)).Mark(participant, dirty);

    /// <summary>The participants a brokered tie of this tick touches, or null when it touches none.</summary>
    public static bool[]? Touched(SchoolState state, BrokeredTie[] ties)
    {
        bool[]? touched = null;
        foreach (var tie in ties)
        {
            foreach (var i in (ReadOnlySpan<int>)[tie.A, tie.B])
            {
                if (i >= state.First && i < state.First + state.Staff)
                {
                    touched ??= new bool[state.Staff];
                    touched[i - state.First] = true;
                }
            }
        }

        return touched;
    }

    /// <summary>Registers <paramref name="local"/> as a watcher of each of its contacts (nothing while the index is not built).</summary>
    public static void Watch(WatcherIndex? watchers, int local, int[] contacts)
    {
        if (watchers is null)
        {
            return;
        }

        foreach (var contact in contacts)
        {
            watchers.Add(contact, local);
        }
    }
}
