using NetworkSim.Model.Scenarios;

namespace NetworkSim.Runner.Scenarios;

/// <summary>A conservative estimate of the memory one replicate of a design needs on one silo.</summary>
public static class MemoryEstimate
{
    /// <summary>Grain activation, state and messages per participant, measured with the bench command (rounded up).</summary>
    public const long BytesPerParticipant = 6_000;

    /// <summary>Trust, contact index and the contact's state reference per directed tie.</summary>
    public const long BytesPerTieEnd = 48;

    public static long Bytes(NetworkDesign network)
    {
        long schools = network.SchoolCount;
        long staff = network.Staff.Total;
        long colleagues = network.Colleagues <= 0 ? staff - 1 : Math.Min(network.Colleagues, staff - 1);
        var meanSchoolDegree = network.Structure switch
        {
            TieStructure.Complete => schools - 1,
            TieStructure.Random => network.MeanDegree,
            TieStructure.SmallWorld => network.Neighbours,
            TieStructure.Clustered => schools / Math.Max(1, network.Clusters) + network.Bridging * schools,
            TieStructure.EdgeList => 2.0 * (network.Edges?.Count ?? 0) / Math.Max(1, schools),
            _ => 2,
        };
        var crossEnds = schools * network.Team.Total * meanSchoolDegree * network.Team.Total;
        return schools * staff * (BytesPerParticipant + colleagues * BytesPerTieEnd) + (long)(crossEnds * BytesPerTieEnd);
    }
}
