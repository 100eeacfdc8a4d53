using NetworkSim.Model.Metrics;
using NetworkSim.Model.RuleSets;

namespace NetworkSim.Model.Tests.Metrics;

public class SchoolLevelTests
{
    private static SchoolTally School(int index, double support, int participants, int adopters, bool institutionalised, int opinionBin)
    {
        var sums = new double[MetricCatalog.Width(1)];
        sums[MetricCatalog.Offset("participants", 0, 1)] = participants;
        sums[MetricCatalog.Offset("adopters", 0, 1)] = adopters;
        var histogram = new int[NetworkSim.Model.Agents.SchoolStep.OpinionBins];
        histogram[opinionBin] = participants;
        return new SchoolTally
        {
            School = index,
            Tick = 3,
            Support = support,
            Sums = sums,
            OpinionHistogram = histogram,
            Institutionalised = institutionalised ? 1UL : 0,
            Events = [],
            DroppedOut = [],
        };
    }

    [Fact]
    public void The_run_computes_every_declared_school_level_metric_from_the_tallies_in_school_order()
    {
        // Given out of order, as silos answer: the run sorts them by school before reducing.
        var tallies = new[] { School(1, 0.6, 10, 0, false, 90), School(0, 0.2, 10, 10, true, 10) };
        var metrics = MetricsAggregator.Combine(3, 1, tallies, 0, Quantities.Support | Quantities.Opinion);
        Assert.Equal(1, metrics.Value("schools_institutionalised"));
        Assert.Equal(0.4, metrics.Value("mean_support"), 12);
        Assert.Equal(Statistics.Gini([1.0, 0.0]), metrics.Value("school_adoption_gini"));
        Assert.Equal(2, metrics.Value("opinion_clusters"));
        Assert.Equal([1.0, 0.0], metrics.Practices[0].SchoolAdoption);
    }

    [Fact]
    public void Every_school_level_quantity_is_a_timeseries_column()
    {
        var columns = MetricCatalog.Metrics.Select(m => m.Name).ToHashSet();
        Assert.All(MetricCatalog.SchoolLevels, level => Assert.Contains(level.Name, columns));
    }
}
