using NetworkSim.Model.Network;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Running;
using NetworkSim.Runner.Validation;

namespace NetworkSim.Grains.Tests;

/// <summary>
/// The textbook diffusion models, run by the same grains and runner as every scenario, against their known results.
/// Tolerances are in the names; the same checks make up `networksim validate --quick`.
/// </summary>
[Collection(ClusterCollection.Name)]
public class ClassicValidationTests(ClusterFixture clusters)
{
    private ClassicValidation Suite => new(clusters.OneSilo.Client, quick: true);

    [Fact]
    public async Task Bass_mean_adoption_is_within_0_015_of_the_discrete_recursion_at_every_tick()
    {
        var result = await Suite.BassAsync();
        Assert.True(result.Passed, $"{result.Claim}: deviation {result.Deviation}");
        Assert.Equal(31, result.Points.Count(p => p.Series == "bass"));
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(2.0)]
    [InlineData(3.0)]
    public async Task Independent_cascade_mean_final_size_of_large_cascades_is_within_0_02_of_theory(double r0)
    {
        var result = await Suite.CascadeAsync(r0);
        Assert.True(result.Passed, $"{result.Claim}: deviation {result.Deviation}");
    }

    [Fact]
    public async Task Below_R0_of_one_no_independent_cascade_reaches_5_percent()
    {
        var result = await Suite.SubcriticalCascadeAsync();
        Assert.True(result.Passed, $"{result.Claim}: deviation {result.Deviation}");
    }

    [Fact]
    public void Generators_match_their_known_mean_degree_clustering_and_tail()
    {
        Assert.All(ClassicValidation.Generators(), r => Assert.True(r.Passed, $"{r.Claim}: deviation {r.Deviation}"));
    }

    [Fact]
    public async Task A_deterministic_threshold_cascade_is_identical_on_one_silo_and_on_three()
    {
        var scenario = ClassicScenarios.Threshold(3000, 4, 0.18, replicates: 3);
        var one = await new ScenarioRunner(clusters.OneSilo.Client).RunAsync(scenario, parallel: 2);
        var three = await new ScenarioRunner(clusters.ThreeSilos.Client).RunAsync(scenario, parallel: 2);
        Assert.Equal(TimeseriesCsv.Write(one), TimeseriesCsv.Write(three));
        Assert.Contains(one.Replicates, r => r.Ticks[^1].AdoptionFraction(0) > 0.5);
    }

    [Fact]
    public async Task A_run_stops_once_nothing_has_changed_for_the_stopping_window()
    {
        var scenario = ClassicScenarios.Cascade(2000, 4, 0.8, replicates: 2);
        var results = await new ScenarioRunner(clusters.OneSilo.Client).RunAsync(scenario);
        Assert.All(results.Replicates, r =>
        {
            Assert.True(r.Ticks.Count < scenario.Ticks / 10, $"{r.Ticks.Count} ticks");
            Assert.Equal(r.Ticks[^1].Value("adopters"), r.Ticks[^3].Value("adopters"));
        });
    }

    [Fact]
    public async Task Summary_reports_the_realised_participant_graph()
    {
        var scenario = ClassicScenarios.Threshold(1000, 6, 0.18, replicates: 1);
        var network = NetworkBuilder.Build(scenario, Model.Randomness.CounterRandom.ReplicateSeed(scenario.Seed, 0));
        var stats = GraphStatistics.Of(network);
        Assert.Equal(1000, stats.Nodes);
        Assert.InRange(stats.MeanDegree, 5, 7);
        Assert.True(stats.Components >= 1);
        Assert.InRange(stats.Clustering, 0, 0.05);
    }
}
