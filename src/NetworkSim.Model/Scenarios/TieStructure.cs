namespace NetworkSim.Model.Scenarios;

/// <summary>How schools are tied to one another in the network; members of tied schools know each other.</summary>
public enum TieStructure
{
    /// <summary>Every school is tied to every other (a network that meets as one group).</summary>
    Complete,

    /// <summary>Schools in clusters (hubs), complete within a cluster, with a few random bridges between clusters.</summary>
    Clustered,

    /// <summary>Erdős–Rényi ties between schools with a given mean degree.</summary>
    Random,

    /// <summary>Watts–Strogatz: a ring of schools each tied to its nearest neighbours, rewired with some probability.</summary>
    SmallWorld,

    /// <summary>One hub school tied to every other school; the others tied only to the hub.</summary>
    HubAndSpoke,

    /// <summary>School pairs read from a CSV file.</summary>
    EdgeList,
}
