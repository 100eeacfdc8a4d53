namespace NetworkSim.Model.Engine;

/// <summary>What a facilitator knows: which pairs are tied already and which network members are still active.</summary>
public sealed class FacilitatorState
{
    public required int Index { get; init; }

    /// <summary>Tied pairs, by <see cref="Network.SchoolGraph.Key"/>.</summary>
    public required HashSet<long> Tied { get; init; }

    /// <summary>Active network members, ascending.</summary>
    public required SortedSet<int> Active { get; init; }
}
