using System.Text.Json.Serialization;

namespace NetworkSim.Model.Scenarios;

/// <summary>Which schools take part, who each sends into the network, and how schools are tied.</summary>
public sealed record NetworkDesign
{
    /// <summary>School names, in order; their count is the number of schools.</summary>
    public required IReadOnlyList<string> Schools { get; init; }

    /// <summary>Each school's whole staff, by role (network members and those back home).</summary>
    public required RoleCounts Staff { get; init; }

    /// <summary>The team each school sends into the cross-school network, by role; the rest stay back home.</summary>
    public required RoleCounts Team { get; init; }

    public TieStructure Structure { get; init; } = TieStructure.Complete;

    /// <summary>Random: mean number of schools each school is tied to.</summary>
    public double MeanDegree { get; init; } = 4;

    /// <summary>Clustered: number of clusters (hubs) of schools.</summary>
    public int Clusters { get; init; } = 3;

    /// <summary>Clustered: chance that two schools in different clusters are tied.</summary>
    public double Bridging { get; init; } = 0.05;

    /// <summary>Small world: ties to the nearest schools on the ring (even).</summary>
    public int Neighbours { get; init; } = 4;

    /// <summary>Small world: chance that a ring tie is rewired to a random school.</summary>
    public double Rewiring { get; init; } = 0.1;

    /// <summary>Edge list: the CSV file of school pairs, resolved to a full path.</summary>
    public string? EdgeList { get; init; }

    /// <summary>The school pairs read from <see cref="EdgeList"/> (indices), filled in by the scenario reader.</summary>
    public IReadOnlyList<SchoolTie>? Edges { get; init; }

    /// <summary>How far apart schools' expertise profiles are: 0 all alike, 1 as different as the space allows.</summary>
    public double Diversity { get; init; } = 0.5;

    /// <summary>
    /// Share of schools whose problem of practice is the network's shared focus; the others each work on one of their
    /// own. 1 (the default) is a network of peers tackling a common issue (000:L26, 004:L15).
    /// </summary>
    public double Commonality { get; init; } = 1;

    /// <summary>How far apart roles' expertise profiles are within a school.</summary>
    public double RoleDiversity { get; init; } = 0.2;

    /// <summary>Colleague ties per participant within a school; 0 means everyone knows everyone.</summary>
    public int Colleagues { get; init; }

    /// <summary>The participant-level graph; by default ties come from schools (colleagues and teams of tied schools).</summary>
    public ParticipantGraphSpec ParticipantGraph { get; init; } = new();

    public int SchoolCount => Schools.Count;

    /// <summary>All participants, counted in 64 bits so that an oversized design is refused rather than wrapped.</summary>
    [JsonIgnore]
    public long Participants => ParticipantGraph.Imported is { } imported ? imported.ParticipantCount : (long)Schools.Count * Staff.Total;

    public int ParticipantCount => (int)Participants;

    /// <summary>Participants in the cross-school network (the teams), over all schools.</summary>
    [JsonIgnore]
    public long TeamMembers => ParticipantGraph.Imported is { } imported ? imported.InNetwork.Count(m => m) : (long)Schools.Count * Team.Total;

    /// <summary>Staff of one school: <see cref="Staff"/> for a generated design, the node table's count for an imported one.</summary>
    public int StaffOf(int school) => ParticipantGraph.Imported is { } imported ? imported.SchoolSizes[school] : Staff.Total;
}
