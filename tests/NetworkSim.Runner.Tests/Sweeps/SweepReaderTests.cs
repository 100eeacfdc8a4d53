using NetworkSim.Model.Randomness;
using NetworkSim.Runner.Scenarios;
using NetworkSim.Runner.Sweeps;
using NetworkSim.Runner.Tests.Scenarios;

namespace NetworkSim.Runner.Tests.Sweeps;

/// <summary>Sweep files: each swept key is checked like the scenario file, and each problem names the sweep file and the point.</summary>
public class SweepReaderTests
{
    private static SweepDefinition Load(TempDirectory temp, string sweep)
    {
        temp.Write("base.yaml", ScenarioYaml.Valid);
        return SweepReader.Load(temp.Write("sweep.yaml", "base: base.yaml\n" + sweep));
    }

    private static string Fails(string sweep)
    {
        using var temp = new TempDirectory();
        return Assert.Throws<ScenarioException>(() => Load(temp, sweep)).Message;
    }

    [Fact]
    public void A_list_item_can_be_swept_and_each_point_reads_as_the_base_with_its_values()
    {
        using var temp = new TempDirectory();
        var sweep = Load(temp, "replicates: 3\ndesign: grid\nparameters:\n  practices[0].complexity: [0.2, 0.6]\n  network.diversity: [0.1, 0.9]\n");
        Assert.Equal(4, sweep.Points.Count);
        Assert.Equal(12, sweep.Runs);
        Assert.Equal(3UL, sweep.Seed); // the base scenario's seed when the sweep names none
        var scenario = SweepReader.Scenario(sweep, sweep.Points[3]);
        Assert.Equal(0.6, scenario.Practices[0].Complexity);
        Assert.Equal(0.9, scenario.Network.Diversity);
        Assert.Equal(3, scenario.Replicates);
    }

    [Fact]
    public void Every_point_has_the_same_replicate_seeds()
    {
        using var temp = new TempDirectory();
        var sweep = Load(temp, "seed: 99\nparameters:\n  network.diversity: [0.1, 0.9]\n");
        var seeds = sweep.Points.Select(p => SweepReader.Scenario(sweep, p).Seed).Distinct();
        Assert.Equal(99UL, Assert.Single(seeds));
        Assert.Equal(CounterRandom.ReplicateSeed(99, 1), CounterRandom.ReplicateSeed(SweepReader.Scenario(sweep, sweep.Points[1]).Seed, 1));
    }

    [Fact]
    public void A_swept_key_that_does_not_exist_names_the_sweep_file_and_point()
    {
        var message = Fails("parameters:\n  network.diversty: [0.1, 0.9]\n");
        Assert.StartsWith("sweep.yaml: point 0: network.diversty: unknown key. Did you mean 'diversity'?", message);
    }

    [Fact]
    public void A_swept_value_outside_the_allowed_range_names_the_point()
    {
        var message = Fails("parameters:\n  network.diversity: [0.5, 1.4]\n");
        Assert.Equal("sweep.yaml: point 1: network.diversity: 1.4 is out of range. Allowed: 0 to 1.", message);
    }

    [Fact]
    public void A_sampled_range_outside_the_allowed_range_names_its_end()
    {
        var message = Fails("design: latin-hypercube\nsamples: 5\nparameters:\n  network.diversity: {min: 0.5, max: 1.5}\n");
        Assert.Equal("sweep.yaml: parameters.network.diversity.max: network.diversity: 1.5 is out of range. Allowed: 0 to 1.", message);
    }

    [Fact]
    public void An_empty_grid_is_refused()
    {
        var message = Fails("parameters:\n  network.diversity: []\n");
        Assert.Equal("sweep.yaml:3: parameters.network.diversity: an empty list of values. Allowed: at least one value, e.g. [0.2, 0.5, 0.8].", message);
    }

    [Fact]
    public void A_sweep_without_parameters_is_refused()
    {
        var message = Fails("design: grid\n");
        Assert.Equal("sweep.yaml: parameters: no parameter to sweep. Allowed: a mapping of scenario key paths to values, e.g. network.diversity: [0.2, 0.5, 0.8].", message);
    }

    [Fact]
    public void A_bad_fixed_change_names_set()
    {
        var message = Fails("set:\n  ticks: 0\nparameters:\n  network.diversity: [0.1]\n");
        Assert.Equal("sweep.yaml: set: ticks: 0 is out of range. Allowed: 1 to 100000.", message);
    }

    [Fact]
    public void A_design_too_large_for_the_disk_is_refused_with_the_figures()
    {
        using var temp = new TempDirectory();
        var sweep = Load(temp, "replicates: 1000\nparameters:\n  network.diversity: [0.1, 0.2, 0.3, 0.4]\n");
        var scenario = SweepReader.BaseScenario(sweep);
        var error = Assert.Throws<ScenarioException>(() => SweepDiskEstimate.Check(sweep, scenario, 10L << 20));
        Assert.Equal("sweep.yaml: the sweep's 4,000 runs (4 points x 1000 replicates) would write about 22.5 MB, and the results folder's disk has 10.0 MB free. " +
            "Allowed: at most 90 % of the free space: fewer points or replicates, or timeseries: false (about 562.5 KB).", error.Message);
    }

    [Fact]
    public void A_list_design_keeps_the_base_value_where_a_point_names_no_value()
    {
        using var temp = new TempDirectory();
        var sweep = Load(temp, "design: list\npoints:\n  - {network.diversity: 0.2}\n  - {facilitators.count: 0}\n");
        Assert.Equal(["network.diversity", "facilitators.count"], sweep.Keys);
        Assert.Equal(["0.2", ""], sweep.Points[0].Values);
        Assert.Equal(0, SweepReader.Scenario(sweep, sweep.Points[1]).Facilitators.Count);
    }

    [Fact]
    public void A_problem_a_point_causes_in_the_base_file_names_the_point_and_the_base_line()
    {
        var message = Fails("parameters:\n  network.schools: [4]\n");
        Assert.StartsWith("sweep.yaml: point 0: base.yaml:12: practices[0].start.schools:", message);
    }

    [Fact]
    public void A_misspelt_sweep_key_is_named_with_its_line_and_the_closest_key()
    {
        var message = Fails("desing: grid\nparameters:\n  network.diversity: [0.1]\n");
        Assert.StartsWith("sweep.yaml:2: desing: unknown key. Did you mean 'design'?", message);
    }

    [Fact]
    public void An_unknown_design_lists_the_designs()
    {
        var message = Fails("design: factorial\nparameters:\n  network.diversity: [0.1]\n");
        Assert.StartsWith("sweep.yaml:2: design: 'factorial' is not allowed. Allowed: grid, list, random, latin-hypercube, one-at-a-time.", message);
    }

    [Fact]
    public void The_seed_cannot_be_swept_because_every_point_shares_the_sweep_seed()
    {
        var message = Fails("parameters:\n  seed: [1, 2]\n");
        Assert.Equal("sweep.yaml: seed: is set by the sweep's own seed: for every point, not swept or set. Allowed: seed: at the top of the sweep file.", message);
    }

    [Fact]
    public void The_largest_point_is_kept_for_the_resource_guard()
    {
        using var temp = new TempDirectory();
        var sweep = Load(temp, "parameters:\n  ticks: [5, 40, 20]\n");
        Assert.Equal(40, sweep.Largest!.Ticks);
    }

    [Fact]
    public void A_scenario_file_given_where_a_sweep_belongs_is_named_as_one_in_one_line()
    {
        using var temp = new TempDirectory();
        var error = Assert.Throws<ScenarioException>(() => SweepReader.Load(temp.Write("demo.yaml", ScenarioYaml.Valid)));

        var problem = Assert.Single(error.Problems);
        Assert.StartsWith("demo.yaml: this is a scenario file (it has network:), not a sweep file. Allowed: a sweep file naming it as its base (base: demo.yaml) with the values to vary, e.g. scenarios/sweeps/diversity-x-trust-growth.yaml; networksim run demo.yaml runs it as it is.", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_sweep_without_a_base_scenario_is_refused()
    {
        using var temp = new TempDirectory();
        var error = Assert.Throws<ScenarioException>(() => SweepReader.Load(temp.Write("sweep.yaml", "parameters:\n  ticks: [5]\n")));
        Assert.Equal("sweep.yaml: base: missing. Allowed: the path of a scenario file, relative to the sweep file, e.g. base: ../workshop-demo.yaml.", error.Message);
    }
}
