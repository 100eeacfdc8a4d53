namespace NetworkSim.Model.Agents;

/// <summary>
/// The dynamic state of one participant at a tick boundary. Its static facts (school, role, expertise,
/// tick-0 contacts) live in the shared <see cref="Network.BuiltNetwork"/>; trust is held per contact,
/// first for the tick-0 contacts in their order, then for brokered contacts in the order they formed.
/// </summary>
public sealed class ParticipantState
{
    public required int Index { get; init; }

    public required double[] Knowledge { get; init; }

    public ulong Practising { get; set; }

    /// <summary>Bit p set once the participant has seen practice p on a site visit.</summary>
    public ulong Seen { get; set; }

    /// <summary>Tick each practice was last adopted, or -1.</summary>
    public required int[] AdoptedTick { get; init; }

    public double Engagement { get; set; }

    public bool DroppedOut { get; set; }

    public required List<double> Trust { get; init; }

    public List<int> BrokeredContacts { get; init; } = [];

    public List<int> BrokeredTick { get; init; } = [];

    public bool Practises(int practice) => (Practising & (1UL << practice)) != 0;

    public PeerState ToPeer(bool inNetwork) =>
        new(Index, (double[])Knowledge.Clone(), Practising, Engagement, inNetwork && !DroppedOut);
}
