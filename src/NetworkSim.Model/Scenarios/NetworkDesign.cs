using System.Text.Json.Serialization;
using NetworkSim.Model.Parameters;

namespace NetworkSim.Model.Scenarios;

/// <summary>Which schools take part, who each sends into the network, and how schools are tied.</summary>
public sealed record NetworkDesign
{
    /// <summary>School names, in order; their count is the number of schools.</summary>
    [Parameter("a number of schools, 1–1000000 (named S01, S02, ...), or a list of names", "The schools that take part.", "design", ReadBySection = true, DefaultNote = "required", GeneratedOnly = true)]
    public required IReadOnlyList<string> Schools { get; init; }

    /// <summary>Each school's whole staff, by role (network members and those back home).</summary>
    [Parameter("a mapping of leader, coach, teacher, staff to whole numbers 0–10000 (a role left out is 0)", "Each school's whole staff by role: the network's members and their colleagues back home.", "design", ReadBySection = true, GeneratedOnly = true)]
    public RoleCounts Staff { get; init; } = new(1, 1, 10, 2);

    /// <summary>The team each school sends into the cross-school network, by role; the rest stay back home.</summary>
    [Parameter("a mapping of leader, coach, teacher, staff to whole numbers 0–10000, each at most the staff's", "The team each school sends into the cross-school network, by role; the rest of the staff stay back home.", "000:L30, 001:L44", ReadBySection = true, GeneratedOnly = true)]
    public RoleCounts Team { get; init; } = new(1, 0, 1, 0);

    [Parameter("choice", "How schools are tied: members of tied schools know each other.", "design", GeneratedOnly = true)]
    public TieStructure Structure { get; init; } = TieStructure.Complete;

    /// <summary>Random: mean number of schools each school is tied to.</summary>
    [Parameter(0, 1_000_000, "schools", "Random structure: mean number of schools each school is tied to (at most the other schools).", "design", OnlyWith = "structure: random", GeneratedOnly = true)]
    public double MeanDegree { get; init; } = 4;

    /// <summary>Clustered: number of clusters (hubs) of schools.</summary>
    [Parameter(1, 1_000_000, "clusters", "Clustered structure: clusters (hubs) of schools, complete within each.", "design", OnlyWith = "structure: clustered", GeneratedOnly = true)]
    public int Clusters { get; init; } = 3;

    /// <summary>Clustered: chance that two schools in different clusters are tied.</summary>
    [Parameter(0, 1, "probability", "Clustered structure: chance that two schools in different clusters are tied.", "design", OnlyWith = "structure: clustered", GeneratedOnly = true)]
    public double Bridging { get; init; } = 0.05;

    /// <summary>Small world: ties to the nearest schools on the ring (even).</summary>
    [Parameter(2, 1_000_000, "schools (even)", "Small-world structure: ties to the nearest schools on the ring, half on each side.", "Watts and Strogatz (1998)", OnlyWith = "structure: small-world", GeneratedOnly = true)]
    public int Neighbours { get; init; } = 4;

    /// <summary>Small world: chance that a ring tie is rewired to a random school.</summary>
    [Parameter(0, 1, "probability", "Small-world structure: chance that a ring tie is rewired to a random school.", "Watts and Strogatz (1998)", OnlyWith = "structure: small-world", GeneratedOnly = true)]
    public double Rewiring { get; init; } = 0.1;

    /// <summary>Edge list: the CSV file of school pairs, resolved to a full path.</summary>
    [Parameter("a file path, relative to the scenario", "Edge-list structure (and needed by it): a CSV file of school pairs (school_a,school_b) or a GraphML file whose node ids are school names.", "design", ReadBySection = true, GeneratedOnly = true)]
    public string? EdgeList { get; init; }

    /// <summary>The school pairs read from <see cref="EdgeList"/> (indices), filled in by the scenario reader.</summary>
    public IReadOnlyList<SchoolTie>? Edges { get; init; }

    /// <summary>How far apart schools' expertise profiles are: 0 all alike, 1 as different as the space allows.</summary>
    [Parameter(0, 1, "distance", "How far apart schools' expertise profiles are: 0 all alike, 1 as different as the space allows.", "000:L26")]
    public double Diversity { get; init; } = 0.5;

    /// <summary>
    /// Share of schools whose problem of practice is the network's shared focus; the others each work on one of their
    /// own. 1 (the default) is a network of peers tackling a common issue (000:L26, 004:L15).
    /// </summary>
    [Parameter(0, 1, "share of schools", "Share of schools whose problem of practice is the network's shared focus; each other school works on one of its own.", "000:L26, 004:L15")]
    public double Commonality { get; init; } = 1;

    /// <summary>How far apart roles' expertise profiles are within a school.</summary>
    [Parameter(0, 1, "distance", "How far apart roles' expertise profiles are within a school.", "design")]
    public double RoleDiversity { get; init; } = 0.2;

    /// <summary>Colleague ties per participant within a school; 0 means everyone knows everyone.</summary>
    [Parameter(0, 10_000, "colleagues", "Colleague ties per participant within a school; 0 means everyone knows everyone.", "design", GeneratedOnly = true)]
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
