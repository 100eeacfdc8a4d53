using NetworkSim.Model.Agents;

namespace NetworkSim.Model.Engine;

/// <summary>What a participant called in a school's tick reads of its contacts (<see cref="SchoolTick.Begin"/>).</summary>
internal static class ContactStates
{
    /// <summary>
    /// Participant <paramref name="k"/>'s contacts' states at the school's tick: its own school's from the reports,
    /// the others' from <see cref="SchoolState.Remote"/>; in the host's buffer for it when one fits.
    /// </summary>
    public static PeerState[] Of(RunModel run, SchoolState state, int k, PeerState[]?[]? buffers)
    {
        // A loop, not Array.ConvertAll: its lambda would capture run and state (a closure a participant and tick).
        var contacts = state.Contacts[k];
        var inputs = buffers?[k] is { } buffer && buffer.Length == contacts.Length ? buffer : new PeerState[contacts.Length];
        if (buffers is not null)
        {
            buffers[k] = inputs;
        }

        for (var c = 0; c < contacts.Length; c++)
        {
            inputs[c] = Lookup(run, state, contacts[c]);
        }

        return inputs;
    }

    private static PeerState Lookup(RunModel run, SchoolState state, int participant) =>
        run.Network.School[participant] == state.School
            ? state.Reports[participant - state.First].State
            : state.Remote.TryGetValue(participant, out var peer)
                ? peer
                : throw new InvalidOperationException($"School {state.School} has no state for participant {participant} at tick {state.Tick}.");
}
