using NetworkSim.Model.RuleSets;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.Metrics;

/// <summary>
/// Every metric, declared once (Mesa's <c>DataCollector({"name": fn})</c>): what schools tally per participant,
/// and what a run reports at each tick, in <c>timeseries.csv</c> column order. Tallies, the school-order
/// reduction, <see cref="TickMetrics.Value(string, int)"/>, <c>timeseries.csv</c>, plots and summaries all read these by name.
/// A quantity only some models have is declared <c>Of</c> it (<see cref="Quantities"/>): a run computes it only
/// when its rule set holds that, and its column is empty elsewhere (one schema for every run).
/// </summary>
public static class MetricCatalog
{
    /// <summary>What each school sums over its participants.</summary>
    public static readonly IReadOnlyList<Tallied> Tallies =
    [
        new("participants", false, (_, _, _) => 1),
        new("members", false, (run, r, _) => run.Network.InNetwork[r.State.Index] ? 1 : 0),
        new("active_members", false, (_, r, _) => r.State.Active ? 1 : 0, Quantities.Engagement),
        new("member_engagement", false, (run, r, _) => run.Network.InNetwork[r.State.Index] ? r.State.Engagement : 0, Quantities.Engagement),
        new("cross_trust", false, (_, r, _) => r.CrossTrust, Quantities.Trust),
        new("cross_tie_ends", false, (_, r, _) => r.CrossTies),
        new("colleague_trust", false, (_, r, _) => r.ColleagueTrust, Quantities.Trust),
        new("colleague_tie_ends", false, (_, r, _) => r.ColleagueTies),
        new("opinion", false, (_, r, _) => r.State.Opinion, Quantities.Opinion),
        new("adopters", true, (_, r, k) => r.State.Practises(k) ? 1 : 0),
        new("member_adopters", true, (run, r, k) => r.State.Practises(k) && run.Network.InNetwork[r.State.Index] ? 1 : 0),
        new("adopters_leader", true, (run, r, k) => r.State.Practises(k) && run.Network.Role[r.State.Index] == Role.Leader ? 1 : 0),
        new("adopters_coach", true, (run, r, k) => r.State.Practises(k) && run.Network.Role[r.State.Index] == Role.Coach ? 1 : 0),
        new("adopters_teacher", true, (run, r, k) => r.State.Practises(k) && run.Network.Role[r.State.Index] == Role.Teacher ? 1 : 0),
        new("adopters_staff", true, (run, r, k) => r.State.Practises(k) && run.Network.Role[r.State.Index] == Role.Staff ? 1 : 0),
        new("knowledge", true, (_, r, k) => r.State.Knowledge[k], Quantities.Knowledge),
        new("active_member_knowledge", true, (_, r, k) => r.State.Active ? r.State.Knowledge[k] : 0, Quantities.Knowledge),
        new("recovered", true, (_, r, k) => (r.State.Recovered & (1UL << k)) != 0 ? 1 : 0, Quantities.Recovery),
    ];

    /// <summary>What the run reads from its schools' tallies as a whole (school-level and model-specific quantities).</summary>
    public static readonly IReadOnlyList<SchoolLevel> SchoolLevels =
    [
        SchoolLevel.Reduced("schools_institutionalised", true, (s, k, _) => (s.Institutionalised >> k) & 1UL, SchoolLevel.Sum, Quantities.Support),
        new("school_adoption_gini", true, (schools, k, practices) => Statistics.Gini(SchoolAdoption(schools, k, practices))),
        SchoolLevel.Reduced("mean_support", false, (s, _, _) => s.Support, SchoolLevel.Mean, Quantities.Support),
        // Groups of opinions separated by empty stretches of at least 1 % of the scale (bounded confidence).
        new("opinion_clusters", false, (schools, _, _) => RuleSets.Classic.BoundedConfidenceRule.Clusters(OpinionHistogram(schools)), Quantities.Opinion),
    ];

    /// <summary>What a run reports at each tick, in <c>timeseries.csv</c> column order (after replicate, tick and practice).</summary>
    public static readonly IReadOnlyList<Metric> Metrics =
    [
        Metric.Total("adopters"),
        Metric.Mean("adoption_fraction", "adopters", over: "participants"),
        Metric.Total("adopters_in_network", "member_adopters"),
        new("adopters_back_home", (m, k) => m.Total("adopters", k) - m.Total("member_adopters", k)),
        Metric.Mean("in_network_fraction", "member_adopters", over: "members"),
        new("back_home_fraction", BackHomeFraction),
        Metric.Total("adopters_leader"),
        Metric.Total("adopters_coach"),
        Metric.Total("adopters_teacher"),
        Metric.Total("adopters_staff"),
        Metric.School("schools_institutionalised"),
        Metric.Mean("mean_knowledge", "knowledge", over: "participants"),
        Metric.School("school_adoption_gini"),
        Metric.Mean("mean_trust", "cross_trust", over: "cross_tie_ends"),
        new("ties", (m, _) => Math.Floor(m.Total("cross_tie_ends") / 2)),
        new("brokered_ties", (m, _) => m.BrokeredTies, Quantities.Facilitation),
        Metric.Mean("mean_colleague_trust", "colleague_trust", over: "colleague_tie_ends"),
        Metric.Mean("engaged_fraction", "active_members", over: "members"),
        Metric.Mean("mean_engagement", "member_engagement", over: "members"),
        new("dropped_out", (m, _) => m.Total("members") - m.Total("active_members"), Quantities.Engagement),
        Metric.School("mean_support"),
        Metric.Total("recovered"),
        Metric.Mean("mean_opinion", "opinion", over: "participants"),
        Metric.School("opinion_clusters"),
    ];

    private static readonly Dictionary<string, int> _tallied = Tallies.Select((t, i) => (t.Name, i)).ToDictionary();
    private static readonly Dictionary<string, int> _schoolLevel = SchoolLevels.Select((t, i) => (t.Name, i)).ToDictionary();
    private static readonly bool[] _talliedPerPractice = [.. Tallies.Select(t => t.PerPractice)];
    private static readonly bool[] _schoolLevelPerPractice = [.. SchoolLevels.Select(t => t.PerPractice)];
    private static readonly Dictionary<string, Metric> _metrics = Metrics.ToDictionary(m => m.Name);

    /// <summary>The metric of this name; an unknown name is a programming error.</summary>
    public static Metric Get(string name) =>
        _metrics.TryGetValue(name, out var metric) ? metric : throw new ArgumentException($"No metric '{name}'. Known: {string.Join(", ", _metrics.Keys)}.", nameof(name));

    /// <summary>How many totals a tally holds for this many practices.</summary>
    public static int Width(int practices) => Tallies.Sum(t => t.PerPractice ? practices : 1);

    /// <summary>Where the total of <paramref name="tallied"/> for practice <paramref name="practice"/> sits in a tally of <paramref name="practices"/> practices.</summary>
    public static int Offset(string tallied, int practice, int practices) =>
        _tallied.TryGetValue(tallied, out var index)
            ? Slot(_talliedPerPractice, index, practice, practices)
            : throw new ArgumentException($"No tallied quantity '{tallied}'. Known: {string.Join(", ", _tallied.Keys)}.", nameof(tallied));

    /// <summary>How many values <see cref="SchoolLevels"/> gives for this many practices.</summary>
    public static int SchoolLevelWidth(int practices) => SchoolLevels.Sum(t => t.PerPractice ? practices : 1);

    /// <summary>Where the value of school-level quantity <paramref name="name"/> for a practice sits, laid out as tallies are.</summary>
    public static int SchoolLevelOffset(string name, int practice, int practices) =>
        _schoolLevel.TryGetValue(name, out var index)
            ? Slot(_schoolLevelPerPractice, index, practice, practices)
            : throw new ArgumentException($"No school-level quantity '{name}'. Known: {string.Join(", ", _schoolLevel.Keys)}.", nameof(name));

    private static int Slot(bool[] perPractice, int index, int practice, int practices)
    {
        var offset = 0;
        for (var i = 0; i < index; i++)
        {
            offset += perPractice[i] ? practices : 1;
        }

        return offset + (perPractice[index] ? practice : 0);
    }

    /// <summary>Each school's share of its participants practising practice <paramref name="k"/> (0 with none), in the tallies' order.</summary>
    internal static double[] SchoolAdoption(IReadOnlyList<SchoolTally> schools, int k, int practices)
    {
        var staff = Offset("participants", 0, practices);
        var adopters = Offset("adopters", k, practices);
        var shares = new double[schools.Count];
        for (var s = 0; s < shares.Length; s++)
        {
            var sums = schools[s].Sums;
            shares[s] = sums[staff] == 0 ? 0 : sums[adopters] / sums[staff];
        }

        return shares;
    }

    private static int[] OpinionHistogram(IReadOnlyList<SchoolTally> schools)
    {
        var histogram = new int[Agents.SchoolStep.OpinionBins];
        foreach (var school in schools)
        {
            for (var b = 0; b < histogram.Length; b++)
            {
                histogram[b] += school.OpinionHistogram[b];
            }
        }

        return histogram;
    }

    private static double BackHomeFraction(TickMetrics m, int k)
    {
        var backHome = m.Total("participants") - m.Total("members");
        return backHome == 0 ? 0 : (m.Total("adopters", k) - m.Total("member_adopters", k)) / backHome;
    }
}
