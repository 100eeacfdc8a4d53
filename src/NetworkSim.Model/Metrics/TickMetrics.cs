using NetworkSim.Model.Agents;

namespace NetworkSim.Model.Metrics;

/// <summary>One practice's outcomes at one tick of one replicate.</summary>
public sealed record PracticeMetrics(
    int Adopters,
    int MemberAdopters,
    int BackHomeAdopters,
    int[] RoleAdopters,
    double MeanKnowledge,
    int SchoolsInstitutionalised,
    double[] SchoolAdoption,
    double SchoolAdoptionGini,
    int Recovered = 0);

/// <summary>Everything a run reports at one tick: the row source of <c>timeseries.csv</c> and of the plots.</summary>
public sealed record TickMetrics
{
    public required int Tick { get; init; }

    public required int Participants { get; init; }

    public required int Members { get; init; }

    public required PracticeMetrics[] Practices { get; init; }

    /// <summary>Mean trust over cross-school ties (social capital).</summary>
    public required double MeanTrust { get; init; }

    /// <summary>Cross-school ties (undirected), including brokered ones.</summary>
    public required int Ties { get; init; }

    public required double MeanColleagueTrust { get; init; }

    /// <summary>Network members who have not dropped out, over all network members.</summary>
    public required double EngagedFraction { get; init; }

    public required double MeanEngagement { get; init; }

    public required int DroppedOut { get; init; }

    /// <summary>Ties brokered by facilitators so far (new cross-school collaborations).</summary>
    public required int BrokeredTies { get; init; }

    public required double MeanSupport { get; init; }

    public required double MeanOpinion { get; init; }

    /// <summary>Groups of opinions separated by empty stretches of at least 1 % of the scale (bounded confidence).</summary>
    public required int OpinionClusters { get; init; }

    public required AdoptionEvent[] Events { get; init; }

    /// <summary>Exposure-curve counts of the tick just made, index <c>practice * ExposureCounter.Bins + k</c>.</summary>
    public int[] ExposureAtRisk { get; init; } = [];

    public int[] ExposureAdopted { get; init; } = [];

    /// <summary>Mean knowledge of active network members, per practice.</summary>
    public required double[] ActiveMemberKnowledge { get; init; }

    /// <summary>Bit p set when practice p has at least one practitioner.</summary>
    public ulong PractisedAnywhere => Practices.Select((m, k) => m.Adopters > 0 ? 1UL << k : 0).Aggregate(0UL, (a, b) => a | b);

    public double AdoptionFraction(int practice) => Participants == 0 ? 0 : (double)Practices[practice].Adopters / Participants;
}
