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
        Check(state, call);
        return Advance(run, state.Clone(), call);
    }

    /// <summary>
    /// Advances <paramref name="state"/> itself by the call's tick (no copy) and returns it with the participant's report.
    /// For a host whose state at t nobody reads once the step is under way: a participant grain, or the sequential
    /// reference, whose school replaces the state with the outcome's. The report's public state is a copy of its own.
    /// </summary>
    public static ParticipantOutcome StepInPlace(RunModel run, ParticipantState state, ParticipantCall call)
    {
        Check(state, call);
        return Advance(run, state, call);
    }

    private static void Check(ParticipantState state, ParticipantCall call)
    {
        if (!Matches(state, call))
        {
            throw new InvalidOperationException($"Participant {state.Index} holds tick {state.Tick}, but its school expected tick {call.StateTick}.");
        }
    }

    private static ParticipantOutcome Advance(RunModel run, ParticipantState next, ParticipantCall call)
    {
        var brokered = next.BrokeredContacts.Count;
        var report = ParticipantStep.Advance(run, next, call.Contacts, call.Context, call.Spare);
        next.Tick = call.Tick + 1;
        int[]? contacts = next.BrokeredContacts.Count == brokered ? null : ParticipantStep.Contacts(run, next);
        return new ParticipantOutcome(next, report, contacts);
    }
}
