using NetworkSim.Model.Agents;

namespace NetworkSim.Model.Metrics;

/// <summary>One practice's school-level outcomes at one tick of one replicate (per-participant totals are in <see cref="TickMetrics.Totals"/>).</summary>
/// <param name="SchoolsInstitutionalised">Schools that have institutionalised it.</param>
/// <param name="SchoolAdoption">Each school's share of staff practising it, in school order.</param>
/// <param name="SchoolAdoptionGini">Gini coefficient of <paramref name="SchoolAdoption"/>.</param>
public sealed record PracticeMetrics(int SchoolsInstitutionalised, double[] SchoolAdoption, double SchoolAdoptionGini);

/// <summary>
/// Everything a run reports at one tick: the row source of <c>timeseries.csv</c> and of the plots. Read a metric
/// by name with <see cref="Value"/> (the names are <see cref="MetricCatalog.Metrics"/>).
/// </summary>
public sealed record TickMetrics
{
    public required int Tick { get; init; }

    /// <summary>The run's sums of <see cref="MetricCatalog.Tallies"/>, added in school order, laid out by <see cref="MetricCatalog.Offset"/>.</summary>
    public required double[] Totals { get; init; }

    public required PracticeMetrics[] Practices { get; init; }

    /// <summary>Ties brokered by facilitators so far (new cross-school collaborations).</summary>
    public required int BrokeredTies { get; init; }

    /// <summary>Mean over schools of their support for change.</summary>
    public required double MeanSupport { get; init; }

    /// <summary>Groups of opinions separated by empty stretches of at least 1 % of the scale (bounded confidence).</summary>
    public required int OpinionClusters { get; init; }

    public required AdoptionEvent[] Events { get; init; }

    /// <summary>Exposure-curve counts of the tick just made, index <c>practice * ExposureCounter.Bins + k</c>.</summary>
    public int[] ExposureAtRisk { get; init; } = [];

    public int[] ExposureAdopted { get; init; } = [];

    /// <summary>The value of the named metric (<see cref="MetricCatalog.Metrics"/>) for a practice.</summary>
    public double Value(string metric, int practice = 0) => MetricCatalog.Get(metric).Value(this, practice);

    /// <summary>The run's total of the named tallied quantity (<see cref="MetricCatalog.Tallies"/>) for a practice.</summary>
    public double Total(string tallied, int practice = 0) => Totals[MetricCatalog.Offset(tallied, practice, Practices.Length)];

    public int Participants => (int)Total("participants");

    public int Members => (int)Total("members");

    /// <summary>Mean knowledge of active network members, per practice (for the facilitator's synthesis).</summary>
    public double[] ActiveMemberKnowledge => Practices.Select((_, k) =>
    {
        var active = Total("active_members");
        return active == 0 ? 0 : Total("active_member_knowledge", k) / active;
    }).ToArray();

    /// <summary>Bit p set when practice p has at least one practitioner.</summary>
    public ulong PractisedAnywhere => Practices.Select((_, k) => Total("adopters", k) > 0 ? 1UL << k : 0).Aggregate(0UL, (a, b) => a | b);

    public double AdoptionFraction(int practice) => Value("adoption_fraction", practice);
}
