using NetworkSim.Model.Agents;
using NetworkSim.Model.Engine;
using NetworkSim.Model.Metrics;
using NetworkSim.Model.RuleSets;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.Tests.Metrics;

public class OwnMetricsTests
{
    public static TheoryData<RuleKind> Kinds => [.. Enum.GetValues<RuleKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_model_computes_the_metrics_of_what_it_holds_and_no_others(RuleKind kind)
    {
        var holds = ParticipantRules.For(kind).Holds;
        var ticks = Simulation.Run(Scenario(kind), 4);
        foreach (var metric in MetricCatalog.Metrics)
        {
            var own = (metric.Of & ~holds) == 0;
            Assert.Equal(own, ticks[^1].Computes(metric));
            Assert.All(ticks, t => Assert.Equal(own, double.IsFinite(t.Value(metric.Name))));
        }
    }

    [Fact]
    public void Opinions_are_the_bounded_confidence_models_own_recovery_sirs_and_trust_the_improvement_models()
    {
        Assert.Equal(
            [RuleKind.BoundedConfidence],
            Enum.GetValues<RuleKind>().Where(k => Computes(k, "mean_opinion") && Computes(k, "opinion_clusters")));
        Assert.Equal([RuleKind.Sir], Enum.GetValues<RuleKind>().Where(k => Computes(k, "recovered")));
        Assert.Equal(
            [RuleKind.NetworkedImprovement],
            Enum.GetValues<RuleKind>().Where(k => Computes(k, "mean_trust") && Computes(k, "mean_knowledge") && Computes(k, "mean_support")));
        Assert.All(Enum.GetValues<RuleKind>(), k => Assert.True(Computes(k, "adopters") && Computes(k, "ties") && Computes(k, "school_adoption_gini")));
    }

    [Fact]
    public void A_textbook_run_stops_once_nothing_it_computes_has_moved_for_its_window()
    {
        // Its uncomputed metrics (mean_opinion, mean_knowledge: NaN) must count as unchanged, or it would never stop.
        var scenario = Scenario(RuleKind.Threshold) with { Ticks = 200, StopWhenUnchangedFor = 3 };
        var ticks = Simulation.Run(scenario, 4);
        Assert.InRange(ticks.Count, 5, 60);
        Assert.False(ticks[^1].Computes("mean_opinion"));
        Assert.Equal(ticks[^1].Value("adopters"), ticks[^4].Value("adopters"));
    }

    [Fact]
    public void Every_metric_is_some_models_own()
    {
        Assert.All(MetricCatalog.Metrics, m => Assert.Contains(ParticipantRules.All, rules => (m.Of & ~rules.Holds) == 0));
    }

    [Fact]
    public void A_school_counts_opinions_only_under_a_model_that_holds_them()
    {
        var threshold = new RunModel(Scenario(RuleKind.Threshold), 4);
        var confidence = new RunModel(Scenario(RuleKind.BoundedConfidence), 4);
        Assert.Empty(SchoolStep.Tally(threshold, 0, 0, 0.5, Array.Empty<ParticipantReport>()).OpinionHistogram);
        Assert.Equal(SchoolStep.OpinionBins, SchoolStep.Tally(confidence, 0, 0, 0.5, Array.Empty<ParticipantReport>()).OpinionHistogram.Length);
    }

    [Fact]
    public void Docs_list_each_column_with_the_models_that_compute_it_as_the_catalogue_declares()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "model.md")).Replace("\r\n", "\n");
        Assert.Contains(MetricTable.Markdown(), docs);
        Assert.Contains("| `mean_opinion` | opinion | bounded-confidence |", MetricTable.Markdown());
    }

    private static bool Computes(RuleKind kind, string metric) => (MetricCatalog.Get(metric).Of & ~ParticipantRules.For(kind).Holds) == 0;

    private static Scenario Scenario(RuleKind kind) => new()
    {
        Name = kind.ToString(),
        Seed = 1,
        Replicates = 1,
        Ticks = 3,
        Network = new NetworkDesign
        {
            Schools = ["S1", "S2", "S3"],
            Staff = new RoleCounts(0, 0, 0, 30),
            Team = new RoleCounts(0, 0, 0, 30),
            ParticipantGraph = new ParticipantGraphSpec { Kind = ParticipantGraphKind.ErdosRenyi, MeanDegree = 4 },
        },
        Practices = [new PracticeSpec { Name = "x", StartCount = 3, StartSchools = kind == RuleKind.NetworkedImprovement ? ["S1"] : [] }],
        Facilitators = new FacilitationSpec { Count = kind == RuleKind.NetworkedImprovement ? 1 : 0 },
        Rules = new RuleSet { Kind = kind },
    };
}
