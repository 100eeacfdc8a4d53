using NetworkSim.Model.Agents;
using NetworkSim.Model.RuleSets;
using Orleans;

namespace NetworkSim.Model.Metrics;

/// <summary>
/// Everything a run reports at one tick: the row source of <c>timeseries.csv</c> and of the plots. Read a metric
/// by name with <see cref="Value(string, int)"/> (the names are <see cref="MetricCatalog.Metrics"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.TickMetrics")]
public sealed record TickMetrics
{
    [Id(0)]
    public required int Tick { get; set; }

    /// <summary>The run's sums of <see cref="MetricCatalog.Tallies"/>, added in school order, laid out by <see cref="MetricCatalog.Offset"/>.</summary>
    [Id(1)]
    public required double[] Totals { get; set; }

    [Id(2)]
    public required PracticeMetrics[] Practices { get; set; }

    /// <summary>Ties brokered by facilitators so far (new cross-school collaborations).</summary>
    [Id(3)]
    public required int BrokeredTies { get; set; }

    /// <summary>The run's <see cref="MetricCatalog.SchoolLevels"/>, computed from the schools' tallies, laid out by <see cref="MetricCatalog.SchoolLevelOffset"/>.</summary>
    [Id(4)]
    public required double[] SchoolLevels { get; set; }

    [Id(6)]
    public required AdoptionEvent[] Events { get; set; }

    /// <summary>Exposure-curve counts of the tick just made, index <c>practice * ExposureCounter.Bins + k</c>.</summary>
    [Id(7)]
    public int[] ExposureAtRisk { get; set; } = [];

    [Id(8)]
    public int[] ExposureAdopted { get; set; } = [];

    /// <summary>What the run's rule set holds (<see cref="IParticipantRules.Holds"/>): which metrics it computed.</summary>
    [Id(9)]
    public required Quantities Held { get; set; }

    /// <summary>Whether the run computed <paramref name="metric"/>: its rule set holds what the metric is of.</summary>
    public bool Computes(Metric metric) => (metric.Of & ~Held) == 0;

    /// <summary>Whether the run computed the named metric (<see cref="MetricCatalog.Metrics"/>).</summary>
    public bool Computes(string metric) => Computes(MetricCatalog.Get(metric));

    /// <summary>The value of the named metric (<see cref="MetricCatalog.Metrics"/>) for a practice; NaN where the run did not compute it.</summary>
    public double Value(string metric, int practice = 0) => Value(MetricCatalog.Get(metric), practice);

    /// <summary>The value of the named metric for a practice, or null where the run did not compute it (an empty cell).</summary>
    public double? Measured(string metric, int practice = 0) => Computes(metric) ? Value(metric, practice) : null;

    /// <summary>The value of <paramref name="metric"/> for a practice; NaN where the run did not compute it.</summary>
    public double Value(Metric metric, int practice) => Computes(metric) ? metric.Value(this, practice) : double.NaN;

    /// <summary>The run's total of the named tallied quantity (<see cref="MetricCatalog.Tallies"/>) for a practice.</summary>
    public double Total(string tallied, int practice = 0) => Totals[MetricCatalog.Offset(tallied, practice, Practices.Length)];

    /// <summary>The run's value of the named school-level quantity (<see cref="MetricCatalog.SchoolLevels"/>) for a practice.</summary>
    public double School(string name, int practice = 0) => SchoolLevels[MetricCatalog.SchoolLevelOffset(name, practice, Practices.Length)];

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
