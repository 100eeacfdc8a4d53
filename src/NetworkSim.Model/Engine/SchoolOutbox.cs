using NetworkSim.Model.Agents;

namespace NetworkSim.Model.Engine;

/// <summary>What a school sends after its tick (<see cref="SchoolTick.Finish"/>): the batches of changed states for the other schools.</summary>
internal static class SchoolOutbox
{
    /// <summary>
    /// The batches after a tick: each changed participant's state goes to every other school where it has a contact,
    /// one batch per school, ascending. A school with no changed contact gets no batch and keeps what it has.
    /// </summary>
    public static SchoolBatch[] Of(RunModel run, SchoolState state)
    {
        // One (school, changed participant) pair per tie leaving the school, sorted by school and then in the order
        // they were found: the same batches, in the same order, as grouping them in a sorted map of lists, with one
        // array instead of a map node and a list a school.
        var school = run.Network.School;
        var count = 0;
        foreach (var k in state.Changed)
        {
            foreach (var contact in state.Contacts[k])
            {
                count += school[contact] != state.School ? 1 : 0;
            }
        }

        if (count == 0)
        {
            return [];
        }

        var sends = new (int School, int Order, PeerState Peer)[count];
        count = 0;
        foreach (var k in state.Changed)
        {
            var peer = state.Reports[k].State;
            foreach (var contact in state.Contacts[k])
            {
                if (school[contact] != state.School)
                {
                    sends[count] = (school[contact], count, peer);
                    count++;
                }
            }
        }

        Array.Sort(sends, 0, count, SendOrder.Instance);
        var batches = new List<SchoolBatch>();
        for (var from = 0; from < count;)
        {
            var to = from;
            var distinct = 0;
            for (; to < count && sends[to].School == sends[from].School; to++)
            {
                distinct += to == from || !ReferenceEquals(sends[to].Peer, sends[to - 1].Peer) ? 1 : 0;
            }

            var peers = new PeerState[distinct];
            distinct = 0;
            for (var x = from; x < to; x++)
            {
                if (x == from || !ReferenceEquals(sends[x].Peer, sends[x - 1].Peer))
                {
                    peers[distinct++] = sends[x].Peer;
                }
            }

            batches.Add(new SchoolBatch(state.School, sends[from].School, state.Tick, peers));
            from = to;
        }

        return [.. batches];
    }

    /// <summary>By receiving school, then in the order found.</summary>
    private sealed class SendOrder : IComparer<(int School, int Order, PeerState Peer)>
    {
        public static readonly SendOrder Instance = new();

        public int Compare((int School, int Order, PeerState Peer) a, (int School, int Order, PeerState Peer) b) =>
            a.School != b.School ? a.School.CompareTo(b.School) : a.Order.CompareTo(b.Order);
    }
}
