using NetworkSim.Model.RuleSets;

namespace NetworkSim.Model.Metrics;

/// <summary>
/// A run's outcome at a tick, by name: a column of <c>timeseries.csv</c> and what plots and summaries read.
/// Most are a <see cref="Tallied"/> total, or one total over another (the denominator, 0 when it is 0).
/// </summary>
/// <param name="Name">Its <c>timeseries.csv</c> column.</param>
/// <param name="Value">Its value at a tick, for a practice (ignored by run-wide metrics).</param>
/// <param name="Of">What a rule set must hold for the metric to be computed (<see cref="IParticipantRules.Holds"/>); elsewhere it is empty (<see cref="TickMetrics.Computes(Metric)"/>). The factories take it from what the metric reads.</param>
public sealed record Metric(string Name, Func<TickMetrics, int, double> Value, Quantities Of = Quantities.None)
{
    /// <summary>A tallied total as it stands.</summary>
    public static Metric Total(string name, string? tallied = null) => new(name, (m, k) => m.Total(tallied ?? name, k), TalliedOf(tallied ?? name));

    /// <summary>A <see cref="SchoolLevel"/> quantity as the run computed it.</summary>
    public static Metric School(string name) => new(name, (m, k) => m.School(name, k), MetricCatalog.SchoolLevels.Single(l => l.Name == name).Of);

    /// <summary>A tallied total over another (0 when the denominator is 0).</summary>
    public static Metric Mean(string name, string tallied, string over) => new(name, (m, k) =>
    {
        var denominator = m.Total(over, k);
        return denominator == 0 ? 0 : m.Total(tallied, k) / denominator;
    }, TalliedOf(tallied) | TalliedOf(over));

    private static Quantities TalliedOf(string name) => MetricCatalog.Tallies.Single(t => t.Name == name).Of;
}
