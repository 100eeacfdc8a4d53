using NetworkSim.Model.RuleSets;

namespace NetworkSim.Model.Agents;

/// <summary>
/// One participant's tick: reads its own state and its contacts' public states at t and leaves its state at t + 1,
/// under the scenario's rule set (<see cref="IParticipantRules"/>). Pure apart from updating the state it is given; all chance comes from
/// counter-based draws keyed by (seed, participant or tie, tick), so the result cannot depend on who runs it.
/// </summary>
public static class ParticipantStep
{
    /// <param name="run">The run's static model.</param>
    /// <param name="state">The participant's state at t; becomes its state at t + 1.</param>
    /// <param name="contacts">Public states at t of its contacts, in the order of <see cref="ContactOrder"/>.</param>
    /// <param name="context">The school and network at t.</param>
    /// <param name="spare">A report nobody reads any more, filled instead of a new one (see <see cref="Report"/>), or null.</param>
    public static ParticipantReport Advance(RunModel run, ParticipantState state, ReadOnlySpan<PeerState> contacts, SchoolContext context, ParticipantReport? spare = null) =>
        run.ParticipantRules.Advance(run, state, contacts, context, spare);

    /// <summary>
    /// Whether a participant can change at all in this tick. A school skips participants that cannot: an adopter
    /// under threshold or cascade rules, a susceptible with no infected contact, a non-adopter whose contacts did
    /// not change. Skipping is exact: a skipped participant is in the state it would have computed.
    /// </summary>
    public static bool NeedsStep(RunModel run, PeerState self, ReadOnlySpan<PeerState> contacts, int tick) =>
        run.ParticipantRules.NeedsStep(run, self, contacts, tick);

    /// <summary>The contacts whose public states <see cref="Advance"/> expects, in order: tick-0 ties, then brokered ones.</summary>
    public static IEnumerable<int> ContactOrder(RunModel run, ParticipantState state)
    {
        var network = run.Network;
        for (var c = 0; c < network.Degree(state.Index); c++)
        {
            yield return network.ContactsOf(state.Index)[c];
        }

        foreach (var b in state.BrokeredContacts)
        {
            yield return b;
        }
    }

    /// <summary><see cref="ContactOrder"/> as an array, copied straight from the network (no enumerator).</summary>
    public static int[] Contacts(RunModel run, ParticipantState state)
    {
        var initial = run.Network.ContactsOf(state.Index);
        var contacts = new int[initial.Length + state.BrokeredContacts.Count];
        initial.CopyTo(contacts);
        state.BrokeredContacts.CopyTo(contacts, initial.Length);
        return contacts;
    }

    /// <summary>The participant's ties with its trust in each, tick-0 ties first, then brokered ones.</summary>
    public static IEnumerable<TieState> Ties(RunModel run, ParticipantState state)
    {
        var c = 0;
        var initial = run.Network.Degree(state.Index);
        foreach (var j in ContactOrder(run, state))
        {
            var brokered = c >= initial;
            yield return new TieState(state.Index, j, state.Trust[c], brokered ? state.BrokeredTick[c - initial] : 0, brokered);
            c++;
        }
    }

    /// <summary>The participant's report of its state, without events (used at tick 0 and after each tick).</summary>
    /// <param name="spare">
    /// A report (and its public state) that nobody reads any more, filled in place instead of allocating a new one, or
    /// null. Its school hands one back to a participant each tick (<see cref="Engine.SchoolTick.Finish"/>), so that
    /// the reports that live from one tick to the next are the same objects every tick, not a tick's worth of
    /// objects that survive into the older generations and are collected there.
    /// </param>
    public static ParticipantReport Report(RunModel run, ParticipantState state, int tick, AdoptionEvent[] events, bool droppedNow, ParticipantReport? spare = null)
    {
        var network = run.Network;
        var school = network.School[state.Index];
        double crossTrust = 0, colleagueTrust = 0;
        int cross = 0, colleagues = 0, c = 0;
        // ContactOrder without its enumerator: tick-0 ties, then brokered ones.
        foreach (var j in network.ContactsOf(state.Index))
        {
            Count(network.School[j] == school, state.Trust[c++], ref colleagueTrust, ref colleagues, ref crossTrust, ref cross);
        }

        foreach (var j in state.BrokeredContacts)
        {
            Count(network.School[j] == school, state.Trust[c++], ref colleagueTrust, ref colleagues, ref crossTrust, ref cross);
        }

        if (spare is null || spare.State.Knowledge.Length != state.Knowledge.Length)
        {
            return new ParticipantReport(state.ToPeer(network.InNetwork[state.Index], tick), crossTrust, cross, colleagueTrust, colleagues, events, droppedNow);
        }

        state.ToPeer(network.InNetwork[state.Index], tick, spare.State);
        spare.Overwrite(crossTrust, cross, colleagueTrust, colleagues, events, droppedNow);
        return spare;
    }

    private static void Count(bool colleague, double trust, ref double colleagueTrust, ref int colleagues, ref double crossTrust, ref int cross)
    {
        if (colleague)
        {
            colleagueTrust += trust;
            colleagues++;
        }
        else
        {
            crossTrust += trust;
            cross++;
        }
    }
}
