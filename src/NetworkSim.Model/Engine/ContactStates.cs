using System.Buffers;
using NetworkSim.Model.Agents;

namespace NetworkSim.Model.Engine;

/// <summary>What a participant asked or called in a school's tick reads of its contacts (<see cref="SchoolTick.Begin"/>).</summary>
internal static class ContactStates
{
    /// <summary>
    /// Participant <paramref name="k"/>'s contacts' states at the school's tick: its own school's from the reports,
    /// the others' from <see cref="SchoolState.Remote"/> or, when none came, from the run's tick-0 states; in the host's
    /// buffer for it when one fits.
    /// </summary>
    public static PeerState[] Of(RunModel run, SchoolState state, int k, PeerState[]?[]? buffers)
    {
        var contacts = state.Contacts[k];
        var inputs = Buffer(k, contacts.Length, buffers);
        Read(run, state, contacts, inputs);
        return inputs;
    }

    /// <summary>States already read (by <see cref="Into"/>) kept for participant <paramref name="k"/>, in its buffer when one fits.</summary>
    public static PeerState[] Keep(ReadOnlySpan<PeerState> read, int k, PeerState[]?[]? buffers)
    {
        var inputs = Buffer(k, read.Length, buffers);
        read.CopyTo(inputs);
        return inputs;
    }

    private static PeerState[] Buffer(int k, int length, PeerState[]?[]? buffers)
    {
        var inputs = buffers?[k] is { } buffer && buffer.Length == length ? buffer : new PeerState[length];
        if (buffers is not null)
        {
            buffers[k] = inputs;
        }

        return inputs;
    }

    /// <summary>
    /// Participant <paramref name="k"/>'s contacts' states read into <paramref name="pooled"/>, a pooled array rented
    /// (or replaced by a larger one) as needed: for a participant asked whether it must step, not yet called.
    /// </summary>
    public static ReadOnlySpan<PeerState> Into(RunModel run, SchoolState state, int k, ref PeerState[]? pooled)
    {
        var contacts = state.Contacts[k];
        if (pooled is null || pooled.Length < contacts.Length)
        {
            Release(pooled);
            pooled = ArrayPool<PeerState>.Shared.Rent(Math.Max(contacts.Length, 16));
        }

        Read(run, state, contacts, pooled);
        return pooled.AsSpan(0, contacts.Length);
    }

    // A loop, not Array.ConvertAll: its lambda would capture run and state (a closure a participant and tick).
    private static void Read(RunModel run, SchoolState state, int[] contacts, Span<PeerState> into)
    {
        for (var c = 0; c < contacts.Length; c++)
        {
            into[c] = Lookup(run, state, contacts[c]);
        }
    }

    /// <summary>Returns an array <see cref="Into"/> rented, emptied so that the pool holds no state.</summary>
    public static void Release(PeerState[]? pooled)
    {
        if (pooled is not null)
        {
            ArrayPool<PeerState>.Shared.Return(pooled, clearArray: true);
        }
    }

    /// <remarks>
    /// A remote contact no school has sent a state of is at its tick-0 state: a contact's school sends its state
    /// whenever it changes, and, when a tie is brokered, to the other end's school (both ends change their contacts).
    /// </remarks>
    private static PeerState Lookup(RunModel run, SchoolState state, int participant) =>
        run.Network.School[participant] == state.School
            ? state.Reports[participant - state.First].State
            : state.Remote.TryGetValue(participant, out var peer)
                ? peer
                : run.InitialPeer(participant);
}
