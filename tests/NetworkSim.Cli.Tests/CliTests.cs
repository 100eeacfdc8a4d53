namespace NetworkSim.Cli.Tests;

public class CliTests
{
    [Fact]
    public async Task Check_describes_a_valid_scenario_and_exits_with_zero()
    {
        var outcome = await Cli.RunAsync("check", Cli.Scenario("workshop-demo.yaml"));
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("workshop-demo: OK", outcome.Output);
        Assert.Contains("8 schools, 112 participants, 16 in the network", outcome.Output);
    }

    [Fact]
    public async Task A_bad_scenario_exits_with_code_two_naming_file_field_and_line_without_a_stack_trace()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("bad.yaml", File.ReadAllText(Cli.Scenario("workshop-demo.yaml")).Replace("ticks: 104", "ticks: -3"));
        var outcome = await Cli.RunAsync("run", file, "--out", Path.Combine(temp.Path, "out"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("error: bad.yaml:", outcome.Error);
        Assert.Contains("ticks: -3 is out of range. Allowed: 1 to 100000.", outcome.Error);
        Assert.DoesNotContain("   at ", outcome.Error);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "out")));
    }

    [Fact]
    public async Task A_missing_scenario_file_exits_with_code_two()
    {
        var outcome = await Cli.RunAsync("check", "no-such-file.yaml");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("no-such-file.yaml: file not found.", outcome.Error);
    }

    [Fact]
    public async Task An_unknown_option_exits_with_code_two_and_points_to_help()
    {
        var outcome = await Cli.RunAsync("run", Cli.Scenario("workshop-demo.yaml"), "--replicate", "3");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("networksim --help", outcome.Error);
    }

    [Fact]
    public async Task Run_writes_a_complete_results_folder_and_refuses_to_overwrite_it()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "demo");
        var first = await Cli.RunAsync("run", Cli.Scenario("workshop-demo.yaml"), "--ticks", "6", "--replicates", "2", "--out", target);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("formative-assessment: final adoption", first.Output);
        foreach (var file in new[] { "timeseries.csv", "summary.json", "report.html", "adoption.png", "network_vs_home.png", "schools.png", "trust_ties.png" })
        {
            Assert.True(File.Exists(Path.Combine(target, file)), file);
        }

        Assert.Equal(1 + 2 * 7, File.ReadAllLines(Path.Combine(target, "timeseries.csv")).Length);
        var second = await Cli.RunAsync("run", Cli.Scenario("workshop-demo.yaml"), "--ticks", "6", "--out", target);
        Assert.Equal(2, second.ExitCode);
        Assert.Contains("already holds results", second.Error);
        var forced = await Cli.RunAsync("run", Cli.Scenario("workshop-demo.yaml"), "--ticks", "6", "--replicates", "1", "--out", target, "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(1 + 7, File.ReadAllLines(Path.Combine(target, "timeseries.csv")).Length);
    }

    [Fact]
    public async Task The_same_seed_writes_byte_identical_timeseries_from_two_processes()
    {
        using var temp = new TempDirectory();
        var a = await Cli.RunAsync("run", Cli.Scenario("workshop-demo.yaml"), "--ticks", "12", "--replicates", "3", "--seed", "99", "--out", Path.Combine(temp.Path, "a"));
        var b = await Cli.RunAsync("run", Cli.Scenario("workshop-demo.yaml"), "--ticks", "12", "--replicates", "3", "--seed", "99", "--parallel", "1", "--out", Path.Combine(temp.Path, "b"));
        Assert.Equal(0, a.ExitCode);
        Assert.Equal(0, b.ExitCode);
        Assert.Equal(File.ReadAllBytes(Path.Combine(temp.Path, "a", "timeseries.csv")), File.ReadAllBytes(Path.Combine(temp.Path, "b", "timeseries.csv")));
    }

    [Fact]
    public async Task Params_lists_every_model_parameter_with_its_plausible_range()
    {
        var outcome = await Cli.RunAsync("params");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("| key | default | allowed | plausible |", outcome.Output);
        foreach (var key in new[] { "exchange.rate", "trust.diversity_drag", "facilitation.brokering", "adoption.visibility_boost", "back_home.mobilisation", "engagement.dropout_hazard", "school.leader_presence" })
        {
            Assert.Contains($"`{key}`", outcome.Output);
        }

        Assert.Contains("| `school.time_away` | 1 | 0–1 | 0–1 |", outcome.Output);
        Assert.Contains("| `facilitation.brokering` | 0.5 | 0–20 | design lever |", outcome.Output);
    }
}
