using NetworkSim.Model.Agents;

namespace NetworkSim.Contracts.Serialization;

/// <summary>What the support rule reads of a school's staff (<see cref="StaffSummary"/>) in Orleans' generated binary format, for checkpoints.</summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.StaffSummary")]
public struct StaffSummarySurrogate
{
    [Id(0)]
    public bool EngagedLeader;

    [Id(1)]
    public int EngagedMembers;

    [Id(2)]
    public int Leaders;

    [Id(3)]
    public int LeaderPractices;

    [Id(4)]
    public int Staff;
}

/// <summary>Converts <see cref="StaffSummary"/> to and from <see cref="StaffSummarySurrogate"/>.</summary>
[RegisterConverter]
public sealed class StaffSummaryConverter : IConverter<StaffSummary, StaffSummarySurrogate>
{
    public StaffSummary ConvertFromSurrogate(in StaffSummarySurrogate s) => new(s.EngagedLeader, s.EngagedMembers, s.Leaders, s.LeaderPractices, s.Staff);

    public StaffSummarySurrogate ConvertToSurrogate(in StaffSummary v) => new()
    {
        EngagedLeader = v.EngagedLeader,
        EngagedMembers = v.EngagedMembers,
        Leaders = v.Leaders,
        LeaderPractices = v.LeaderPractices,
        Staff = v.Staff,
    };
}
