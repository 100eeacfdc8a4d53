using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.Network;

/// <summary>
/// The static part of one replicate: who is where, in which role, with which expertise and which ties at tick 0.
/// Deterministic in (scenario, seed), so every silo can build its own copy instead of receiving it.
/// Participants of school s are the consecutive indices <c>SchoolStart[s] .. SchoolStart[s+1]-1</c>.
/// </summary>
public sealed class BuiltNetwork
{
    /// <summary>Dimensions of an expertise profile.</summary>
    public const int ExpertiseDimensions = 4;

    public required int SchoolCount { get; init; }

    public required int[] SchoolStart { get; init; }

    public required double[] InitialSupport { get; init; }

    /// <summary>
    /// Each school's problem of practice: 0 is the network's shared focus, any other value a problem of its own.
    /// Commonality (working on the same problem) is kept apart from expertise distance (004:L15, 003:L225).
    /// </summary>
    public required int[] Problem { get; init; }

    /// <summary>Facilitator covering each school, or -1.</summary>
    public required int[] Facilitator { get; init; }

    /// <summary>Each school's share of its facilitator's full strength (0 without one): capacity over the schools it serves, at most 1.</summary>
    public required double[] FacilitationShare { get; init; }

    /// <summary>School graph as sorted adjacency lists.</summary>
    public required int[][] SchoolNeighbours { get; init; }

    public required int[] School { get; init; }

    public required Role[] Role { get; init; }

    public required bool[] InNetwork { get; init; }

    /// <summary>Each network member's co-teaching partner back home (a colleague who is not a member), or -1.</summary>
    public required int[] Partner { get; init; }

    /// <summary>Whether one of the two is the other's co-teaching partner.</summary>
    public bool Partners(int a, int b) => Partner[a] == b || Partner[b] == a;

    public required double[] Openness { get; init; }

    /// <summary>Expertise profiles, <see cref="ExpertiseDimensions"/> values per participant, each in [0, 1].</summary>
    public required double[] Expertise { get; init; }

    private int[]? _contactStart;
    private int[]? _contacts;
    private int[][]? _schoolLinks;

    /// <summary>
    /// Compressed adjacency of the whole graph: contacts of i are <c>Contacts[ContactStart[i] .. ContactStart[i+1]-1]</c>,
    /// sorted. Not there in a network held per school (<see cref="Slices"/>): read <see cref="ContactsOf"/> instead.
    /// </summary>
    public int[] ContactStart { get => _contactStart ?? throw PerSchool(); init => _contactStart = value; }

    /// <inheritdoc cref="ContactStart"/>
    public int[] Contacts { get => _contacts ?? throw PerSchool(); init => _contacts = value; }

    /// <summary>For each school, the schools where its participants have contacts at tick 0, ascending (whole graph only).</summary>
    public int[][] SchoolLinks { get => _schoolLinks ?? throw PerSchool(); init => _schoolLinks = value; }

    /// <summary>
    /// The contact graph held per school, each school's slice built on first use (a silo's copy of a <c>school_ties</c>
    /// network); null when the whole graph is held.
    /// </summary>
    public ContactSlices? Slices { get; init; }

    /// <summary>Initial trust of each entry of <see cref="Contacts"/> when an imported network's ties carry weights; null otherwise.</summary>
    public double[]? ContactTrust { get; init; }

    public int ParticipantCount => School.Length;

    public int Degree(int participant) => _contactStart is { } start
        ? start[participant + 1] - start[participant]
        : Slices!.Of(School[participant]).Degree(participant);

    public int TieCount => Contacts.Length / 2;

    /// <summary>A participant's tick-0 contacts, ascending, from the whole graph or its school's slice.</summary>
    public ReadOnlySpan<int> ContactsOf(int participant) => _contacts is { } contacts
        ? contacts.AsSpan(_contactStart![participant], _contactStart[participant + 1] - _contactStart[participant])
        : Slices!.Of(School[participant]).Of(participant);

    /// <summary>The initial trust of each of <see cref="ContactsOf"/> from an imported network's weights; empty without them.</summary>
    public ReadOnlySpan<double> ContactTrustOf(int participant) => ContactTrust is { } trust
        ? trust.AsSpan(ContactStart[participant], ContactStart[participant + 1] - ContactStart[participant])
        : [];

    public int StaffCount(int school) => SchoolStart[school + 1] - SchoolStart[school];

    /// <summary>Whether two participants' schools work on the same problem of practice (colleagues always do).</summary>
    public bool SharesProblem(int a, int b) => Problem[School[a]] == Problem[School[b]];

    /// <summary>Expertise distance in [0, 1]: Euclidean distance over the largest possible one.</summary>
    public double Distance(int a, int b)
    {
        double sum = 0;
        for (var d = 0; d < ExpertiseDimensions; d++)
        {
            var diff = Expertise[a * ExpertiseDimensions + d] - Expertise[b * ExpertiseDimensions + d];
            sum += diff * diff;
        }

        return Math.Sqrt(sum / ExpertiseDimensions);
    }

    private static InvalidOperationException PerSchool() =>
        new("This network holds its contacts per school (BuiltNetwork.Slices): read them with ContactsOf, not the whole graph.");
}
