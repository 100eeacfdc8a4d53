using NetworkSim.Model.Engine;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Running;
using NetworkSim.Runner.Scenarios;
using NetworkSim.Runner.Sweeps;

namespace NetworkSim.Runner.Tests.Output;

public class ModelMetricsOutputTests
{
    [Fact]
    public void A_textbook_models_timeseries_leaves_what_it_does_not_hold_empty()
    {
        var rows = Timeseries(Results("threshold.yaml"));
        Assert.All(rows, row =>
        {
            Assert.All(["mean_trust", "mean_knowledge", "engaged_fraction", "mean_support", "recovered", "mean_opinion", "opinion_clusters"], c => Assert.Equal("", row[c]));
            Assert.All(["adopters", "adoption_fraction", "ties", "school_adoption_gini"], c => Assert.NotEqual("", row[c]));
        });
    }

    [Fact]
    public void The_bounded_confidence_model_reports_its_opinions_and_the_improvement_model_none()
    {
        Assert.All(Timeseries(Results("bounded-confidence.yaml")), row => Assert.NotEqual("", row["opinion_clusters"]));
        var improvement = Timeseries(Results(Path.Combine("..", "workshop-demo.yaml")));
        Assert.All(improvement, row => Assert.Equal("", row["mean_opinion"]));
        Assert.All(improvement, row => Assert.NotEqual("", row["mean_trust"]));
    }

    [Fact]
    public void A_textbook_models_summary_and_run_outcomes_have_no_value_for_what_it_does_not_hold()
    {
        var results = Results("threshold.yaml");
        Assert.Null(ResultsSummary.Practices(results)[0].SchoolsInstitutionalised);
        var columns = RunOutcomes.Columns(results.Scenario.Practices);
        var values = RunOutcomes.Values(1, results.Replicates[0]);
        Assert.Null(values[columns.ToList().IndexOf("mean_trust")]);
        Assert.Null(values[columns.ToList().IndexOf("dropped_out")]);
        Assert.NotNull(values[columns.ToList().IndexOf("ties")]);
        Assert.DoesNotContain("NaN", ReportHtml.Write(results, Provenance.Current("test"), ResultsSummary.Practices(results), Plots.Names));
    }

    [Fact]
    public void A_textbook_models_social_capital_plot_shows_its_ties_alone()
    {
        var plot = Plots.Draw("trust_ties.png", Results("threshold.yaml"));
        Assert.Equal(["cross-school ties (right)"], plot.GetPlottables().OfType<ScottPlot.Plottables.Scatter>().Select(s => s.LegendText));
        Assert.Equal("Cross-school ties", plot.Axes.Title.Label.Text);
    }

    private static ScenarioResults Results(string classic)
    {
        var scenario = ScenarioReader.Load(Path.Combine(RepositoryRoot.Path, "scenarios", "classic", classic)) with { Ticks = 3, Replicates = 1 };
        var ticks = Simulation.Run(scenario, scenario.Seed);
        return new ScenarioResults(scenario, [new ReplicateResult(0, scenario.Seed, ticks, [.. ticks.Skip(1).Select(_ => 1.0)], TimeSpan.Zero)], DateTimeOffset.UnixEpoch, TimeSpan.Zero);
    }

    private static List<Dictionary<string, string>> Timeseries(ScenarioResults results)
    {
        var lines = TimeseriesCsv.Write(results).TrimEnd('\n').Split('\n');
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second))];
    }
}
