using NetworkSim.Model.Agents;

namespace NetworkSim.Model.Engine;

/// <summary>One participant's part of a school's tick: the step a host (a grain, or the sequential reference) performs.</summary>
public static class ParticipantTick
{
    /// <summary>Whether a state can be stepped by a call: its stamp must be the one its school recorded.</summary>
    public static bool Matches(ParticipantState state, ParticipantCall call) => state.Tick == call.StateTick;

    /// <summary>Advances a copy of <paramref name="state"/> by the call's tick and returns it with the participant's report.</summary>
    public static ParticipantOutcome Step(RunModel run, ParticipantState state, ParticipantCall call)
    {
        if (!Matches(state, call))
        {
            throw new InvalidOperationException($"Participant {state.Index} holds tick {state.Tick}, but its school expected tick {call.StateTick}.");
        }

        var next = state.Clone();
        var brokered = next.BrokeredContacts.Count;
        var report = ParticipantStep.Advance(run, next, call.Contacts, call.Context);
        next.Tick = call.Tick + 1;
        int[]? contacts = next.BrokeredContacts.Count == brokered ? null : ParticipantStep.Contacts(run, next);
        return new ParticipantOutcome(next, report, contacts);
    }
}
