using NetworkSim.Model.Metrics;
using NetworkSim.Model.RuleSets;

namespace NetworkSim.Model.Tests.Metrics;

public class MetricCatalogTests
{
    [Fact]
    public void Metric_and_tally_names_are_unique_snake_case()
    {
        var names = MetricCatalog.Metrics.Select(m => m.Name).ToArray();
        Assert.Equal(names.Distinct(), names);
        Assert.Equal(MetricCatalog.Tallies.Select(t => t.Name).Distinct(), MetricCatalog.Tallies.Select(t => t.Name));
        Assert.All(names, n => Assert.Matches("^[a-z]+(_[a-z0-9]+)*$", n));
    }

    [Fact]
    public void Metrics_keep_the_timeseries_column_order()
    {
        Assert.Equal(
            [
                "adopters", "adoption_fraction", "adopters_in_network", "adopters_back_home", "in_network_fraction", "back_home_fraction",
                "adopters_leader", "adopters_coach", "adopters_teacher", "adopters_staff", "schools_institutionalised", "mean_knowledge",
                "school_adoption_gini", "mean_trust", "ties", "brokered_ties", "mean_colleague_trust", "engaged_fraction", "mean_engagement",
                "dropped_out", "mean_support", "recovered", "mean_opinion", "opinion_clusters",
            ],
            MetricCatalog.Metrics.Select(m => m.Name));
    }

    [Fact]
    public void A_mean_is_its_total_over_its_denominator_and_zero_over_nothing()
    {
        var metrics = Metrics(2, (name, k) => name switch
        {
            "participants" => 8,
            "adopters" => k == 0 ? 2 : 6,
            "cross_tie_ends" => 5,
            _ => 0,
        });
        Assert.Equal(0.25, metrics.Value("adoption_fraction", 0));
        Assert.Equal(0.75, metrics.Value("adoption_fraction", 1));
        Assert.Equal(2, metrics.Value("ties"));
        Assert.Equal(0, metrics.Value("mean_trust"));
        Assert.Equal(0, metrics.Value("engaged_fraction"));
    }

    [Fact]
    public void An_unknown_metric_is_named_with_the_known_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => MetricCatalog.Get("adopter"));
        Assert.StartsWith("No metric 'adopter'. Known: adopters, adoption_fraction, ", error.Message);
    }

    [Fact]
    public void Per_practice_totals_sit_side_by_side_after_the_run_wide_ones()
    {
        var runWide = MetricCatalog.Tallies.Count(t => !t.PerPractice);
        Assert.Equal(runWide, MetricCatalog.Offset("adopters", 0, 3));
        Assert.Equal(runWide + 2, MetricCatalog.Offset("adopters", 2, 3));
        Assert.Equal(runWide + 3, MetricCatalog.Offset("member_adopters", 0, 3));
        Assert.Equal(0, MetricCatalog.Offset("participants", 2, 3));
        Assert.Equal(runWide + 3 * (MetricCatalog.Tallies.Count - runWide), MetricCatalog.Width(3));
    }

    private static readonly Quantities Every = Enum.GetValues<Quantities>().Aggregate((a, b) => a | b);

    private static TickMetrics Metrics(int practices, Func<string, int, double> total)
    {
        var totals = new double[MetricCatalog.Width(practices)];
        foreach (var tallied in MetricCatalog.Tallies)
        {
            for (var k = 0; k < (tallied.PerPractice ? practices : 1); k++)
            {
                totals[MetricCatalog.Offset(tallied.Name, k, practices)] = total(tallied.Name, k);
            }
        }

        return new TickMetrics
        {
            Tick = 1,
            Totals = totals,
            Practices = Enumerable.Range(0, practices).Select(_ => new PracticeMetrics([])).ToArray(),
            BrokeredTies = 0,
            SchoolLevels = new double[MetricCatalog.SchoolLevelWidth(practices)],
            Events = [],
            Held = Every,
        };
    }
}
